package org.oneplan.planning.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.oneplan.planning.AdviceView;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan's Care Act content for agreed versions and the completeness check: the needs assessed, the
 * eligibility decision, how the council will meet the needs it meets, and the advice and information given.
 */
@Component
class NeedsPlanPart implements PlanPart {

    /** PlanSection has no section of its own for the Care Act content yet; outcomes are where needs lead. */
    static final PlanSection SECTION = PlanSection.NEEDS;

    private final NeedsRecords records;
    private final MessageSource messages;

    NeedsPlanPart(NeedsRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        NeedsView view = records.view(planId);
        List<VersionedItem> needs = new ArrayList<>(view.needs().stream().filter(n -> n.version() != null)
                .map(this::item).toList());
        if (view.eligibility() != null) {
            needs.add(new VersionedItem(text("needs.eligibility.heading"), lines(
                    text("needs.decision." + view.eligibility().decision()), view.eligibility().reason()), null));
        }
        List<VersionedItem> advice = view.advice().stream().map(this::item).toList();
        return Stream.of(new VersionedSection(SECTION, text("needs.heading"), needs),
                        new VersionedSection(SECTION, text("advice.heading"), advice))
                .filter(s -> !s.items().isEmpty()).toList();
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        NeedsView view = records.view(planId);
        String needs = "/people/" + personId + "/plan/needs";
        List<Gap> gaps = new ArrayList<>();
        if (!view.decided()) {
            gaps.add(new Gap("planning.gap.needs", needs + "/eligibility"));
        }
        view.needs().stream().filter(NeedView::lacksHowMet)
                .forEach(n -> gaps.add(new Gap("planning.gap.howMet", needs + "/" + n.code())));
        if (view.advice().isEmpty()) {
            gaps.add(new Gap("planning.gap.advice", "/people/" + personId + "/plan/advice/new"));
        }
        return gaps;
    }

    private VersionedItem item(NeedView need) {
        return new VersionedItem(need.outcome().label(), lines(text("needs.unable." + need.unable()), need.cannotDo(),
                need.wellbeingImpact() == null ? null : text("needs.content.impact", need.wellbeingImpact()),
                need.councilWillMeet() ? text("needs.content.howMet",
                        need.lacksHowMet() ? text("needs.howMet.notYet") : need.howMet()) : null), null);
    }

    private VersionedItem item(AdviceView advice) {
        return new VersionedItem(text("advice.content.label", text("advice.format." + advice.format()),
                advice.givenBy(), advice.givenOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                        LocaleContextHolder.getLocale()))), advice.what(), null);
    }

    private static String lines(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
