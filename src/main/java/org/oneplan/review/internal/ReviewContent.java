package org.oneplan.review.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oneplan.planning.Words;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/**
 * The parts of a review's record: who took part, the answers, the statements, the decisions and working together,
 * besides what it changes in the plan ({@link ReviewPlanChanges}). Each change checks that the review is in progress
 * ({@link #inProgress}) and what it is given.
 */
@MappedSuperclass
abstract class ReviewContent extends ReviewPlanChanges {

    @Embedded
    private Participation participation;
    @Embedded
    private Decided decided;
    @Embedded
    private Together together;
    @ElementCollection
    @CollectionTable(name = "review_answer", joinColumns = @JoinColumn(name = "review_id"))
    private List<Answered> answers = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_statement", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<StatementEntry> statements = new ArrayList<>();

    void participants(ReviewRecord.Participants p) {
        inProgress();
        participation = Participation.of(p);
    }

    void answer(ReviewPart part, ReviewRecords.Answer a, String by, Instant now) {
        inProgress();
        Answered answered = new Answered(part, a, by, now);
        answers.removeIf(x -> x.part() == part);
        answers.add(answered);
    }

    void addStatement(ReviewRecords.StatementDraft d, String by, Instant now) {
        inProgress();
        statements.add(new StatementEntry(d, by, now));
    }

    void removeStatement(int index) {
        inProgress();
        Texts.require(index >= 0 && index < statements.size(), "index", "review.error.noSuchEntry");
        statements.remove(index);
    }

    void decide(ReviewRecord.Decisions d, LocalDate today, int maxMonths) {
        inProgress();
        decided = Decided.of(d, today, maxMonths);
    }

    void together(ReviewRecord.WorkingTogether w) {
        inProgress();
        together = Together.of(w);
    }

    ReviewRecord.Participants participation() {
        return participation == null ? null : participation.view();
    }

    Map<ReviewPart, Words> answers() {
        return answers.stream().collect(Collectors.toMap(Answered::part, Answered::words, (a, b) -> b,
                () -> new EnumMap<>(ReviewPart.class)));
    }

    List<ReviewRecord.Statement> statements() { return statements.stream().map(StatementEntry::view).toList(); }

    ReviewRecord.Decisions decisions() {
        return Optional.ofNullable(decided).map(Decided::view).orElse(ReviewRecord.Decisions.NONE);
    }

    ReviewRecord.WorkingTogether workingTogether() {
        return Optional.ofNullable(together).map(Together::view).orElse(ReviewRecord.WorkingTogether.NONE);
    }
}
