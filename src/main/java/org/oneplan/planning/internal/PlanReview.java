package org.oneplan.planning.internal;

import static org.oneplan.planning.internal.PlanAction.require;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.web.StaleRecordException;

/**
 * The plan's review arrangements, one per plan: informal check-ins, where and how often, and the date of the
 * next formal review, which is never in the past and never further ahead than the organisation allows.
 */
@Entity
class PlanReview {

    static final int MAX_TEXT = 1000;

    @Id
    private UUID id;
    private UUID planId;
    @ElementCollection
    @CollectionTable(name = "plan_review_check_in", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "check_in")
    @Enumerated(EnumType.STRING)
    private Set<CheckIn> checkIns = new HashSet<>();
    private String checkInDetail;
    private String whereAndHowOften;
    private LocalDate nextReview;
    private String writtenBy;
    private Instant writtenAt;
    /** Null until first saved: both "insert, not merge" and "nobody has seen a version yet". */
    @Version
    private Long version;

    protected PlanReview() {
    }

    PlanReview(UUID planId) {
        this.id = UUID.randomUUID();
        this.planId = planId;
    }

    /**
     * {@code expectedVersion} is null when the writer saw none. A newly set or changed review date must be
     * between {@code today} and {@code maxMonths} months after it.
     */
    void write(ReviewDraft d, Long expectedVersion, LocalDate today, int maxMonths, String by, Instant now) {
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
        require(d.checkInDetail() == null || d.checkInDetail().length() <= MAX_TEXT, "checkInDetail",
                "next.error.checkInDetail.tooLong");
        require(d.whereAndHowOften() == null || d.whereAndHowOften().length() <= MAX_TEXT, "whereAndHowOften",
                "next.error.whereAndHowOften.tooLong");
        require(d.nextReview() != null, "nextReview", "next.error.nextReview.required");
        boolean changed = !d.nextReview().equals(nextReview);
        require(!changed || !d.nextReview().isBefore(today), "nextReview", "next.error.nextReview.past");
        if (changed && d.nextReview().isAfter(today.plusMonths(maxMonths))) {
            throw new PlanRuleException("nextReview", "next.error.nextReview.tooLate", maxMonths);
        }
        checkIns.clear();
        if (d.checkIns() != null) {
            checkIns.addAll(d.checkIns());
        }
        checkInDetail = blankToNull(d.checkInDetail());
        whereAndHowOften = blankToNull(d.whereAndHowOften());
        nextReview = d.nextReview();
        writtenBy = by;
        writtenAt = now;
    }

    ReviewArrangements view() {
        Set<CheckIn> ways = checkIns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(checkIns));
        return new ReviewArrangements(ways, checkInDetail, whereAndHowOften, nextReview, writtenBy, writtenAt,
                version == null ? 0 : version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
