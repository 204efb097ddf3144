package org.oneplan.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.review.RequestView;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewSummary;
import org.oneplan.review.Reviews;
import org.oneplan.review.ReviewsOverview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit details name what happened, never the words. */
@Service
@Transactional
class JpaReviews implements Reviews {

    private final ReviewRepository reviews;
    private final ReviewRequestRepository requests;
    private final CheckInNoteRepository checkIns;
    private final ReviewScheduleRepository schedules;
    private final JpaReviewSettings settings;
    private final ReviewOpening opener;
    private final ReviewGuard guard;
    private final Completion completion;
    private final RecordViews views;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ReviewCalendar calendar;

    JpaReviews(ReviewRepository reviews, ReviewRequestRepository requests, CheckInNoteRepository checkIns,
               ReviewScheduleRepository schedules, JpaReviewSettings settings, ReviewOpening opener, ReviewGuard guard,
               Completion completion, RecordViews views, CurrentUsers users, AuditTrail audit, ReviewCalendar calendar) {
        this.reviews = reviews;
        this.requests = requests;
        this.checkIns = checkIns;
        this.schedules = schedules;
        this.settings = settings;
        this.opener = opener;
        this.guard = guard;
        this.completion = completion;
        this.views = views;
        this.users = users;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewsOverview of(UUID personId) {
        guard.visible(personId);
        int days = settings.responseDaysFor(personId);
        ReviewsOverview overview = new ReviewsOverview(
                schedules.findById(personId).map(s -> s.view(calendar.today())).orElse(null),
                requests.of(personId).stream().map(r -> r.view(calendar, days)).toList(),
                reviews.of(personId).stream().map(Review::summary).toList(),
                checkIns.of(personId).stream().map(CheckInNote::view).toList(), days);
        audit.record(AuditAction.VIEWED, ReviewGuard.RECORD_TYPE, personId, "Viewed the reviews");
        return overview;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextReviewDate(UUID personId) {
        guard.visible(personId);
        return schedules.findById(personId).map(ReviewSchedule::dueOn);
    }

    @Override
    public RequestView request(UUID personId, RequestDraft draft) {
        guard.visible(personId);
        ReviewRequest request = new ReviewRequest(personId, draft, calendar.today(), by(), now());
        requests.saveAndFlush(request);
        audit.record(AuditAction.CREATED, ReviewGuard.RECORD_TYPE, personId, "Recorded a request for a review");
        return request.view(calendar, settings.responseDaysFor(personId));
    }

    @Override
    public RequestView respond(UUID personId, UUID requestId, String response, long expectedVersion) {
        guard.plannable(personId);
        ReviewRequest request = opener.request(personId, requestId);
        request.respond(response, expectedVersion, calendar.today(), by());
        requests.saveAndFlush(request);
        audit.record(AuditAction.UPDATED, ReviewGuard.RECORD_TYPE, personId, "Answered a request for a review");
        return request.view(calendar, settings.responseDaysFor(personId));
    }

    @Override
    public ReviewSummary open(UUID personId, Opening opening) {
        guard.plannable(personId);
        Review review = opener.open(personId, opening, by());
        audit.record(AuditAction.CREATED, ReviewGuard.RECORD_TYPE, personId, "Opened a " + review.type().name()
                .toLowerCase() + " review (" + review.status().name().toLowerCase().replace('_', ' ') + ")");
        return review.summary();
    }

    @Override
    public ReviewSummary start(UUID personId, UUID reviewId, long expectedVersion) {
        guard.plannable(personId);
        Review review = guard.review(personId, reviewId);
        review.start(expectedVersion, calendar.today());
        reviews.saveAndFlush(review);
        audit.record(AuditAction.UPDATED, ReviewGuard.RECORD_TYPE, personId, "Started a scheduled review");
        return review.summary();
    }

    @Override
    public ReviewsOverview.CheckInView checkIn(UUID personId, CheckInDraft draft) {
        guard.plannable(personId);
        CheckInNote note = checkIns.saveAndFlush(new CheckInNote(personId, draft, calendar.today(), by(), now()));
        audit.record(AuditAction.CREATED, ReviewGuard.RECORD_TYPE, personId, "Recorded a check-in");
        return note.view();
    }

    @Override
    public ReviewRecord complete(UUID personId, UUID reviewId, long expectedVersion) {
        guard.plannable(personId);
        Review review = guard.review(personId, reviewId);
        review.checkVersion(expectedVersion);
        completion.complete(review);
        return views.view(review);
    }

    private String by() {
        return users.require().username();
    }

    private Instant now() {
        return calendar.now();
    }
}
