package org.oneplan.review.internal;

import org.oneplan.planning.PlanAgreed;
import org.oneplan.planning.PlanningSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each person's next review date as their plan is agreed, in the agreement's own transaction, so an agreed
 * plan is never without one: the date the agreed version arranges, no later than the organisation allows.
 */
@Component
class ScheduleKeeper {

    private final ReviewScheduleRepository schedules;
    private final PlanningSettings planning;
    private final JpaReviewSettings settings;

    ScheduleKeeper(ReviewScheduleRepository schedules, PlanningSettings planning, JpaReviewSettings settings) {
        this.schedules = schedules;
        this.planning = planning;
        this.settings = settings;
    }

    @EventListener
    @Transactional
    void agreed(PlanAgreed agreed) {
        ReviewSchedule schedule = schedules.findById(agreed.personId())
                .orElseGet(() -> new ReviewSchedule(agreed.personId()));
        schedule.agreed(agreed.versionNumber(), agreed.agreedOn(), agreed.nextReview(),
                planning.maxReviewMonthsFor(agreed.personId()), settings.firstReviewFor(agreed.personId()));
        schedules.save(schedule);
    }
}
