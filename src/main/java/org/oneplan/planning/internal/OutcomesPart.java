package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Question 2: the outcomes still in the plan. */
@Component
@Order(2)
class OutcomesPart implements PlanPart {

    private final PlanOutcomeRepository outcomes;
    private final MessageSource messages;

    OutcomesPart(PlanOutcomeRepository outcomes, MessageSource messages) {
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        List<VersionedItem> items = outcomes.current(planId).stream().map(PlanOutcome::view).map(this::item).toList();
        return items.isEmpty() ? List.of() : List.of(new VersionedSection(PlanSection.CHANGE,
                VersionWords.text(messages, "planning.section.change"), items));
    }

    private VersionedItem item(OutcomeView o) {
        StringBuilder text = new StringBuilder(o.words().text());
        if (o.matters() != null) {
            text.append('\n').append(VersionWords.text(messages, "planning.outcome.mattersShown", o.matters()));
        }
        if (o.howWeKnow() != null) {
            text.append('\n').append(VersionWords.text(messages, "planning.outcome.howWeKnowShown", o.howWeKnow()));
        }
        if (o.targetDate() != null) {
            text.append('\n').append(VersionWords.text(messages, "planning.outcome.targetShown", o.targetDate().toString()));
        }
        return new VersionedItem(VersionWords.text(messages, "planning.version.outcome"), text.toString(),
                VersionWords.whose(messages, o.words().whose(), o.words().whoseName()));
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        return outcomes.current(planId).isEmpty()
                ? List.of(new Gap("planning.gap.outcomes", "/people/" + personId + "/plan/outcomes/new")) : List.of();
    }
}
