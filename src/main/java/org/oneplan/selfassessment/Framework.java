package org.oneplan.selfassessment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A self-assessment instrument as published: sections, the stages within them and the items teams rate
 * themselves against, each with five statements. A key and version name one wording for good; a change
 * of wording is a new version.
 *
 * @param subtitle optional
 * @param guidance how to use it, as plain text; paragraphs are separated by a blank line
 */
public record Framework(String key, int version, String title, String subtitle, Attribution attribution,
                        String guidance, List<FrameworkSection> sections) {

    public Framework {
        sections = List.copyOf(sections);
    }

    /** Short: the whole wording would be hundreds of kilobytes in a log line or a test's printout. */
    @Override
    public String toString() {
        return "Framework[" + key + "@" + version + "]";
    }

    /** Every item, section by section, in order. */
    public Stream<FrameworkItem> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<FrameworkItem> item(String code) {
        return items().filter(i -> i.code().equals(code)).findFirst();
    }
}
