package org.oneplan.selfassessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The level a team chose for one item, with its note and evidence. Versioned on its own, item by item. */
@Entity
@Table(name = "assessment_answer")
public class Answer {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;
    private String itemCode;
    private int level;
    private String note;
    private String evidence;
    private boolean cumulativeConfirmed;
    private String workTowards;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private long version;

    protected Answer() {
    }

    Answer(Assessment assessment, String itemCode) {
        this.id = UUID.randomUUID();
        this.assessment = assessment;
        this.itemCode = itemCode;
    }

    void record(int level, String note, String evidence, boolean cumulativeConfirmed, String by, Instant at) {
        this.level = level;
        this.note = note;
        this.evidence = evidence;
        this.cumulativeConfirmed = cumulativeConfirmed;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void copyFrom(Answer other, String by, Instant at) {
        record(other.level, other.note, other.evidence, other.cumulativeConfirmed, by, at);
    }

    void workTowards(String text) {
        this.workTowards = text;
    }

    /** The team's own words for what it works towards, or null to use the next statement. */
    public String workTowards() { return workTowards; }
    public String itemCode() { return itemCode; }
    public int level() { return level; }
    public String note() { return note; }
    public String evidence() { return evidence; }
    public boolean cumulativeConfirmed() { return cumulativeConfirmed; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public long version() { return version; }
}
