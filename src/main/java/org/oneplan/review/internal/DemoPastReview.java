package org.oneplan.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.oneplan.planning.Whose;
import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: Margaret Okafor's review of the plan she had before it was written in OnePlan, held and completed
 * on {@code on}, as it was recorded then. It changes nothing in today's plan; its completion is published, with her
 * consented Working Together for Change statements, as a completion is.
 */
@Component
@Profile("demo")
class DemoPastReview {

    private final ReviewRepository reviews;
    private final Completion completion;
    private final ApplicationEventPublisher events;

    DemoPastReview(ReviewRepository reviews, Completion completion, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.completion = completion;
        this.events = events;
    }

    @Transactional
    void margaret(UUID person, LocalDate on) {
        Instant at = on.atTime(11, 0).toInstant(ZoneOffset.UTC);
        Review review = Review.open(person, new Reviews.Opening(ReviewType.PLANNED, on, null, null), on, "coordinator", at);
        review.participants(new ReviewRecord.Participants(true, true, "Margaret, David Okafor (son), Priya Shah "
                + "(coordinator)", null));
        review.answer(ReviewPart.ADMIRE, new ReviewRecords.Answer("Her roses, her laugh and how she remembers "
                + "everyone's birthday", Whose.SUPPORTER, "David Okafor (son)"), "coordinator", at);
        review.answer(ReviewPart.IMPORTANT_NOW, new ReviewRecords.Answer("Getting to church on Sundays and keeping "
                + "my garden", Whose.PERSON, null), "coordinator", at);
        statement(review, true, Perspective.PERSON, null, "Joan from next door pops in every morning", at);
        statement(review, false, Perspective.PERSON, null, "I cannot get to church since the bus route changed", at);
        statement(review, false, Perspective.FAMILY, "David Okafor (son)", "Mum is lonely at weekends", at);
        review.together(new ReviewRecord.WorkingTogether("Joan from next door pops in every morning",
                "My garden keeps me going", "I cannot get to church since the bus route changed",
                "Nobody tells me when the carers are late", "To grow vegetables again with my grandson", true));
        review.decide(new ReviewRecord.Decisions(false, null, false, null, on.plusMonths(6)), on, 6);
        review.complete(on, "coordinator");
        reviews.save(review);
        events.publishEvent(completion.completed(review, person));
    }

    private static void statement(Review review, boolean working, Perspective perspective, String name, String text,
                                  Instant at) {
        review.addStatement(new ReviewRecords.StatementDraft(working, perspective, name, text), "coordinator", at);
    }
}
