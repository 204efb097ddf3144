package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Organisations;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.review.ReviewCompleted;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Completing a review, all in one transaction: nothing is missing, the plan takes the review's changes as a new draft,
 * the review is closed, the next review is due on its date, and {@link ReviewCompleted} goes out with the person's
 * Working Together for Change statements only when they consented. Anything refused leaves everything as it was.
 */
@Component
class Completion {

    private final ReviewRepository reviews;
    private final ReviewScheduleRepository schedules;
    private final Outcomes outcomes;
    private final PlanUpdate plan;
    private final Caseloads caseloads;
    private final Organisations organisations;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReviewCalendar calendar;

    Completion(ReviewRepository reviews, ReviewScheduleRepository schedules, Outcomes outcomes, PlanUpdate plan,
               Caseloads caseloads, Organisations organisations, CurrentUsers users, AuditTrail audit,
               ApplicationEventPublisher events, ReviewCalendar calendar) {
        this.reviews = reviews;
        this.schedules = schedules;
        this.outcomes = outcomes;
        this.plan = plan;
        this.caseloads = caseloads;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
    }

    /** After the caller's access and the review's version are checked. */
    void complete(Review review) {
        review.inProgress();
        UUID personId = review.personId();
        List<OutcomeView> planOutcomes = outcomes.of(personId);
        if (!CompletionCheck.gaps(review, planOutcomes).isEmpty()) {
            throw new ReviewRuleException("review", "review.error.gaps");
        }
        plan.apply(personId, review, planOutcomes);
        LocalDate today = calendar.today();
        review.complete(today, users.require().username());
        reviews.saveAndFlush(review);
        ReviewSchedule schedule = schedules.findById(personId).orElseGet(() -> new ReviewSchedule(personId));
        schedule.reviewed(today, review.decisions().nextReview());
        schedules.save(schedule);
        audit.record(AuditAction.UPDATED, ReviewGuard.RECORD_TYPE, personId,
                "Completed a review; the plan is a draft for the person to agree");
        events.publishEvent(completed(review, personId));
    }

    /** The event for a completed review: the consented statements only, and the teams holding the person now. */
    ReviewCompleted completed(Review review, UUID personId) {
        ReviewRecord.WorkingTogether said = review.workingTogether();
        boolean consented = Boolean.TRUE.equals(said.consent());
        Set<UUID> teams = caseloads.teamsHolding(personId);
        return new ReviewCompleted(review.reference(), review.completedOn(), teams, organisations.ofTeams(teams),
                consented, consented ? said.working() : List.of(), consented ? said.notWorking() : List.of(),
                consented ? said.futures() : List.of());
    }
}
