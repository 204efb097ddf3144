package org.oneplan.planning.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.ReviewArrangements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question 7's actions and review arrangements as a part of the plan: in an agreed version, and what is missing. An
 * action's directory entry is as it was when the action was saved, so a change in the directory never changes the plan.
 */
@Component
@Transactional(readOnly = true)
class NextStepsPart implements PlanPart {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NextStepsReader reader;
    private final PlanActionRepository actions;
    private final PlanReviewRepository reviews;
    private final MessageSource messages;

    NextStepsPart(NextStepsReader reader, PlanActionRepository actions, PlanReviewRepository reviews,
                  MessageSource messages) {
        this.reader = reader;
        this.actions = actions;
        this.reviews = reviews;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        NextStepsView next = reader.view(planId);
        List<VersionedItem> items = new ArrayList<>();
        Map<UUID, String> entries = reader.entryTexts(planId);
        next.actions().forEach(a -> items.add(action(a, entries.get(a.id()))));
        if (next.review() != null) {
            items.addAll(review(next.review()));
        }
        return items.isEmpty() ? List.of()
                : List.of(new VersionedSection(PlanSection.NEXT, text("next.heading"), List.copyOf(items)));
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        List<Gap> gaps = new ArrayList<>();
        if (!reviews.existsByPlanId(planId)) {
            gaps.add(new Gap("planning.gap.reviewDate", "/people/" + personId + "/plan/review-arrangements"));
        }
        if (!actions.existsByPlanIdAndRemovedAtIsNull(planId)) {
            gaps.add(new Gap("planning.gap.actions", "/people/" + personId + "/plan/actions/new"));
        }
        return gaps;
    }

    /** {@code entry}: what the plan says of the action's directory entry, as saved; null without one. */
    private VersionedItem action(ActionView a, String entry) {
        String owner = text("next.owner.words." + a.owner().name(), a.ownerName());
        String text = text("next.version.action", a.text(), owner, date(a.dueDate()), text(a.layer().messageKey()));
        if (entry != null) {
            text += " " + text("next.version.directoryEntry", entry);
        }
        if (a.outcomeText() != null) {
            text += " " + text("next.version.outcome", a.outcomeText());
        }
        return new VersionedItem(text("next.action.label"), text, null);
    }

    private List<VersionedItem> review(ReviewArrangements r) {
        List<VersionedItem> items = new ArrayList<>();
        if (!r.checkIns().isEmpty() || r.checkInDetail() != null) {
            String ways = r.checkIns().stream().map(c -> text("next.checkIn." + c.name())).collect(Collectors.joining(", "));
            String detail = r.checkInDetail() == null ? ways : ways.isEmpty() ? r.checkInDetail() : ways + ". " + r.checkInDetail();
            items.add(new VersionedItem(text("next.review.checkIns"), detail, null));
        }
        if (r.whereAndHowOften() != null) {
            items.add(new VersionedItem(text("next.review.whereAndHowOften"), r.whereAndHowOften(), null));
        }
        items.add(new VersionedItem(text("next.review.nextReview"), date(r.nextReview()), null));
        return items;
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }
}
