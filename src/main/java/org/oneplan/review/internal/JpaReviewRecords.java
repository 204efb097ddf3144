package org.oneplan.review.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.Outcomes;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.review.ReviewRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each change checks access and the record's version, changes one part, and is audited without the words. */
@Service
@Transactional
class JpaReviewRecords implements ReviewRecords {

    private final ReviewRepository reviews;
    private final ReviewGuard guard;
    private final RecordViews views;
    private final Outcomes outcomes;
    private final NextSteps next;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ReviewCalendar calendar;

    JpaReviewRecords(ReviewRepository reviews, ReviewGuard guard, RecordViews views, Outcomes outcomes, NextSteps next,
                     CurrentUsers users, AuditTrail audit, ReviewCalendar calendar) {
        this.reviews = reviews;
        this.guard = guard;
        this.views = views;
        this.outcomes = outcomes;
        this.next = next;
        this.users = users;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewRecord find(UUID personId, UUID reviewId) {
        guard.visible(personId);
        ReviewRecord record = views.view(guard.review(personId, reviewId));
        audit.record(AuditAction.VIEWED, ReviewGuard.RECORD_TYPE, personId, "Viewed a review's record");
        return record;
    }

    @Override
    public ReviewRecord participants(UUID personId, UUID reviewId, ReviewRecord.Participants p, long v) {
        return change(personId, reviewId, v, "who took part", r -> r.participants(p));
    }

    @Override
    public ReviewRecord answer(UUID personId, UUID reviewId, ReviewPart part, Answer a, long v) {
        return change(personId, reviewId, v, "an answer", r -> r.answer(part, a, by(), calendar.now()));
    }

    @Override
    public ReviewRecord addStatement(UUID personId, UUID reviewId, StatementDraft s, long v) {
        return change(personId, reviewId, v, "what is working or not", r -> r.addStatement(s, by(), calendar.now()));
    }

    @Override
    public ReviewRecord removeStatement(UUID personId, UUID reviewId, int index, long v) {
        return change(personId, reviewId, v, "what is working or not", r -> r.removeStatement(index));
    }

    @Override
    public ReviewRecord outcome(UUID personId, UUID reviewId, UUID outcomeId, OutcomeDraft d, long v) {
        return change(personId, reviewId, v, "progress on an outcome",
                r -> r.outcome(outcomeId, outcomes.one(personId, outcomeId).words().text(), d));
    }

    @Override
    public ReviewRecord addOutcome(UUID personId, UUID reviewId, Answer a, long v) {
        return change(personId, reviewId, v, "a new outcome", r -> r.addOutcome(a));
    }

    @Override
    public ReviewRecord removeOutcome(UUID personId, UUID reviewId, UUID id, long v) {
        return change(personId, reviewId, v, "a new outcome", r -> r.removeOutcome(id));
    }

    @Override
    public ReviewRecord actions(UUID personId, UUID reviewId, Map<UUID, ActionDecision> decisions, long v) {
        return change(personId, reviewId, v, "what happens to the actions", r -> {
            List<ActionView> current = next.find(personId).map(NextStepsView::actions).orElse(List.of());
            if (!current.stream().map(ActionView::id).toList().containsAll(decisions.keySet())) {
                throw new ReviewRuleException("decisions", "review.error.noSuchEntry");
            }
            r.choose(current.stream().filter(a -> decisions.get(a.id()) != null)
                    .map(a -> new ActionChoiceEntry(a.id(), a.text(), decisions.get(a.id()))).toList());
        });
    }

    @Override
    public ReviewRecord addAction(UUID personId, UUID reviewId, ActionDraft a, long v) {
        return change(personId, reviewId, v, "a new action",
                r -> r.addAction(a, views.outcomeIds(personId), calendar.today()));
    }

    @Override
    public ReviewRecord removeAction(UUID personId, UUID reviewId, int index, long v) {
        return change(personId, reviewId, v, "a new action", r -> r.removeAction(index));
    }

    @Override
    public ReviewRecord decisions(UUID personId, UUID reviewId, ReviewRecord.Decisions d, long v) {
        return change(personId, reviewId, v, "the decisions",
                r -> r.decide(d, calendar.today(), next.maxReviewMonths(personId)));
    }

    @Override
    public ReviewRecord workingTogether(UUID personId, UUID reviewId, ReviewRecord.WorkingTogether w, long v) {
        return change(personId, reviewId, v, "Working Together for Change", r -> r.together(w));
    }

    private ReviewRecord change(UUID personId, UUID reviewId, long expectedVersion, String what, Consumer<Review> change) {
        guard.plannable(personId);
        Review review = guard.review(personId, reviewId);
        review.checkVersion(expectedVersion);
        change.accept(review);
        reviews.saveAndFlush(review);
        audit.record(AuditAction.UPDATED, ReviewGuard.RECORD_TYPE, personId, "Wrote a review's record: " + what);
        return views.view(review);
    }

    private String by() {
        return users.require().username();
    }
}
