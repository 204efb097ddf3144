package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.DemoSignIn;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.review.RequestedBy;
import org.oneplan.review.Reviews;
import org.oneplan.workingdays.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo plans and budget: Arthur Whitfield's review is twelve days overdue; Eileen Porter's
 * daughter asked for a review twelve working days ago and nobody has answered; and Margaret Okafor's review last year
 * is completed, with her consent to use her statements for Working Together for Change. Written as the demo
 * {@code coordinator}; does nothing once any request for a review exists.
 */
@Component
@Profile("demo")
@Order(60)
class DemoReviews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

    private final DemoSignIn demo;
    private final People people;
    private final Reviews reviews;
    private final ReviewRequestRepository requests;
    private final DemoAgreedPlan plan;
    private final DemoPastReview pastReview;
    private final WorkingDays workingDays;
    private final ReviewCalendar calendar;

    DemoReviews(DemoSignIn demo, People people, Reviews reviews, ReviewRequestRepository requests,
                DemoAgreedPlan plan, DemoPastReview pastReview, WorkingDays workingDays, ReviewCalendar calendar) {
        this.demo = demo;
        this.people = people;
        this.reviews = reviews;
        this.requests = requests;
        this.plan = plan;
        this.pastReview = pastReview;
        this.workingDays = workingDays;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.as("coordinator", () -> {
            Map<String, UUID> byName = people.onMyCaseloads(50).stream()
                    .collect(Collectors.toMap(PersonSummary::familyName, PersonSummary::id, (a, b) -> a));
            if (requests.count() > 0 || !byName.keySet().containsAll(List.of("Whitfield", "Porter", "Okafor"))) {
                return;
            }
            LocalDate today = calendar.today();
            plan.arthur(byName.get("Whitfield"), today);
            reviews.request(byName.get("Porter"), new Reviews.RequestDraft(RequestedBy.FAMILY_OR_CARER,
                    "Karen Porter (daughter)", workingDays.addWorkingDays(today, -12),
                    "Mum has had two falls this month and is frightened to go out. The morning visits are not enough."));
            pastReview.margaret(byName.get("Okafor"), today.minusYears(1).plusWeeks(2));
            log.info("Demo mode: an overdue review, an unanswered request and a completed review");
        });
    }
}
