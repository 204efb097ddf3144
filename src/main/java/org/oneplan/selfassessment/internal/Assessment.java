package org.oneplan.selfassessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.Participant;
import org.oneplan.web.StaleRecordException;

/**
 * A team's self-assessment against one version of a framework. It guards its own answers: levels 1 to 5,
 * a 5 only with the team's confirmation that the practice of 3, 4 and 5 is all in place, no change once
 * submitted, and no answer overwritten by someone who had not seen the latest one.
 */
@Entity
public class Assessment {

    static final int MAX_TEXT = 2000;

    public enum Status { IN_PROGRESS, SUBMITTED }

    @Id
    private UUID id;
    private String frameworkKey;
    private int frameworkVersion;
    private UUID teamId;
    private UUID organisationId;
    private boolean wholeOrganisation;
    private String name;
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String createdBy;
    private Instant createdAt;
    private Instant submittedAt;
    @ElementCollection
    @CollectionTable(name = "assessment_participant", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<Answer> answers = new LinkedHashSet<>();
    @Version
    private long version;

    protected Assessment() {
    }

    /** Who the assessment is for: the team that runs it, its organisation, and whether it covers all of it. */
    public record Scope(UUID teamId, UUID organisationId, boolean wholeOrganisation) {
    }

    public Assessment(Framework framework, Scope scope, String name, LocalDate assessedOn,
                      List<Participant> participants, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.frameworkKey = framework.key();
        this.frameworkVersion = framework.version();
        this.teamId = scope.teamId();
        this.organisationId = scope.organisationId();
        this.wholeOrganisation = scope.wholeOrganisation();
        this.name = name;
        this.assessedOn = assessedOn;
        this.participants.addAll(participants);
        this.status = Status.IN_PROGRESS;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Starts from the answers of an earlier assessment of the same framework version. */
    public void copyAnswersFrom(Assessment earlier, String by, Instant now) {
        requireInProgress();
        if (!earlier.frameworkKey.equals(frameworkKey) || earlier.frameworkVersion != frameworkVersion) {
            throw new AssessmentRuleException("copyFrom", "selfassessment.error.copy.otherFramework");
        }
        for (Answer a : earlier.answers) {
            Answer copy = new Answer(this, a.itemCode());
            copy.copyFrom(a, by, now);
            answers.add(copy);
        }
    }

    /**
     * Records the level chosen for an item. {@code expectedVersion} is the version of the answer the
     * person saw, or null if they saw none; anything else means someone answered in between.
     */
    public Answer answer(Framework framework, String itemCode, int level, String note, String evidence,
                         boolean cumulativeConfirmed, Long expectedVersion, String by, Instant now) {
        requireInProgress();
        if (framework.item(itemCode).isEmpty()) {
            throw new AssessmentRuleException("itemCode", "selfassessment.error.item.unknown");
        }
        if (level < 1 || level > 5) {
            throw new AssessmentRuleException("level", "selfassessment.error.level.range");
        }
        if (level == 5 && !cumulativeConfirmed) {
            throw new AssessmentRuleException("cumulativeConfirmed", "selfassessment.error.level5.confirm");
        }
        if (tooLong(note)) {
            throw new AssessmentRuleException("note", "selfassessment.error.text.tooLong");
        }
        if (tooLong(evidence)) {
            throw new AssessmentRuleException("evidence", "selfassessment.error.text.tooLong");
        }
        Optional<Answer> existing = answerFor(itemCode);
        Long current = existing.map(Answer::version).orElse(null);
        if (!java.util.Objects.equals(current, expectedVersion)) {
            throw new StaleRecordException(current == null ? -1 : current);
        }
        Answer answer = existing.orElseGet(() -> {
            Answer fresh = new Answer(this, itemCode);
            answers.add(fresh);
            return fresh;
        });
        answer.record(level, blankToNull(note), blankToNull(evidence), level == 5 && cumulativeConfirmed, by, now);
        return answer;
    }

    /**
     * The summary of actions: what the team wants to work towards on an answered item. It may be written
     * after the assessment is submitted, as it is the start of action planning, not part of the scores.
     */
    public void workTowards(String itemCode, String text) {
        Answer answer = answerFor(itemCode)
                .orElseThrow(() -> new AssessmentRuleException("itemCode", "selfassessment.error.item.unanswered"));
        if (tooLong(text)) {
            throw new AssessmentRuleException(itemCode, "selfassessment.error.text.tooLong");
        }
        answer.workTowards(blankToNull(text));
    }

    /** Submits the assessment; from then on it is read-only. Every item must have been answered. */
    public void submit(Framework framework, Instant now) {
        requireInProgress();
        if (framework.items().anyMatch(i -> answerFor(i.code()).isEmpty())) {
            throw new AssessmentRuleException("items", "selfassessment.error.submit.unanswered");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    private void requireInProgress() {
        if (status != Status.IN_PROGRESS) {
            throw new AssessmentRuleException("status", "selfassessment.error.submitted");
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<Answer> answerFor(String itemCode) {
        return answers.stream().filter(a -> a.itemCode().equals(itemCode)).findFirst();
    }

    public Map<String, Integer> levels() {
        return answers.stream().collect(Collectors.toMap(Answer::itemCode, Answer::level));
    }

    public UUID id() { return id; }
    public String frameworkKey() { return frameworkKey; }
    public int frameworkVersion() { return frameworkVersion; }
    public UUID teamId() { return teamId; }
    public UUID organisationId() { return organisationId; }
    public boolean wholeOrganisation() { return wholeOrganisation; }
    public String name() { return name; }
    public LocalDate assessedOn() { return assessedOn; }
    public Status status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public List<Participant> participants() { return List.copyOf(participants); }
    /** In the order of their item codes. */
    public List<Answer> answers() {
        return answers.stream().sorted(java.util.Comparator.comparing(Answer::itemCode)).toList();
    }
}
