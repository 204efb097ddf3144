package org.oneplan.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.SupportOption;
import org.oneplan.planning.Words;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How will you arrange your support?" in an agreed version, and its part of the completeness check. An option's
 * directory entry is as it was when the option was saved, so a change in the directory never changes the plan.
 */
@Component
@Transactional(readOnly = true)
class ArrangePlanPart implements PlanPart {

    /** Found by its slug until PlanSection has ARRANGE. */
    static final PlanSection SECTION = PlanSection.ARRANGE;

    private final ArrangeReader reader;
    private final CarePlanRepository plans;
    private final People people;
    private final MessageSource messages;

    ArrangePlanPart(ArrangeReader reader, CarePlanRepository plans, People people, MessageSource messages) {
        this.reader = reader;
        this.plans = plans;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        String name = plans.findById(planId).flatMap(p -> people.findVisible(p.personId()))
                .map(PersonSummary::displayName).orElse("");
        List<VersionedItem> items = new ArrayList<>();
        Map<UUID, String> entries = reader.entryTexts(planId);
        for (ArrangeView.OutcomeOptions o : reader.view(planId).outcomes()) {
            items.add(new VersionedItem(text("arrange.version.outcome"), o.outcome().words().text(),
                    whose(o.outcome().words(), name)));
            for (SupportOption option : o.options()) {
                String label = text("arrange.version.option", text("arrange.resource." + option.resource()),
                        text(option.chosen() ? "arrange.chosen" : "arrange.notChosen"));
                String words = text("arrange.version.optionText", option.text(), option.why().text());
                if (entries.containsKey(option.id())) {
                    words += " " + text("arrange.version.directoryEntry", entries.get(option.id()));
                }
                items.add(new VersionedItem(label, words, whose(option.why(), name)));
            }
        }
        return List.of(new VersionedSection(SECTION, text("arrange.heading"), items));
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        return reader.view(planId).someOutcomeUnmet()
                ? List.of(new Gap("planning.gap.howNeedsMet", "/people/" + personId + "/plan/arrange")) : List.of();
    }

    /** Whose words, plainly: "Margaret Jones's own words", "Sam Patel, practitioner". */
    private String whose(Words words, String personName) {
        String name = words.whoseName() == null ? "" : words.whoseName();
        return text("arrange.version.whose." + words.whose(), switch (words.whose()) {
            case PERSON -> personName;
            case SUPPORTER, PRACTITIONER -> name;
        });
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
