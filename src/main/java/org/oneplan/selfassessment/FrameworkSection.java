package org.oneplan.selfassessment;

import java.util.List;

/**
 * A numbered section of a framework. Its items may be grouped into stages (Progress sections 1 and 2)
 * or not (section 3, where {@code stages} is empty).
 *
 * @param introduction optional; paragraphs are separated by a blank line, list entries start with "- "
 */
public record FrameworkSection(int number, String title, String introduction, List<Stage> stages,
                               List<FrameworkItem> items) {

    public FrameworkSection {
        stages = List.copyOf(stages);
        items = List.copyOf(items);
    }
}
