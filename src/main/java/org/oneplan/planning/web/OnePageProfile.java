package org.oneplan.planning.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one-page profile: what people like and admire about the person, what is important to them and how best
 * to support them, in the words of the plan's "what is important to me" section and saying whose words they are.
 * An agreed version keeps its answers labelled in words, so they are found by the question's wording now or by
 * any wording it had before ({@code planning.prompt.<slug>.formerly}, several separated by {@code |}).
 */
public record OnePageProfile(List<Part> parts) {

    /** The profile's questions, in the order it shows them. */
    static final List<PlanPrompt> PROMPTS = List.of(PlanPrompt.LIKE_ADMIRE, PlanPrompt.IMPORTANT_TO_ME,
            PlanPrompt.HOW_TO_SUPPORT);

    /** One heading of the profile; {@code text} and {@code whose} are null when it is not written yet. */
    public record Part(String heading, String text, String whose) {
    }

    static OnePageProfile of(List<PlanPart.VersionedSection> sections, MessageSource messages) {
        List<PlanPart.VersionedItem> important = sections.stream().filter(s -> s.section() == PlanSection.IMPORTANT)
                .flatMap(s -> s.items().stream()).toList();
        return new OnePageProfile(PROMPTS.stream().map(p -> {
            Locale locale = LocaleContextHolder.getLocale();
            String heading = messages.getMessage("planning.prompt." + p.slug(), null, locale);
            Set<String> wordings = Arrays.stream(messages.getMessage("planning.prompt." + p.slug() + ".formerly", null,
                    "", locale).split("\\|")).map(String::trim).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
            wordings.add(heading);
            return important.stream().filter(i -> wordings.contains(i.label())).findFirst()
                    .map(i -> new Part(heading, i.text(), i.whose())).orElse(new Part(heading, null, null));
        }).toList());
    }

    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.text() == null);
    }
}
