package org.oneplan.selfassessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.AssessmentRuleException;

/**
 * A detailed action plan for one of the team's priorities, with the seed's questions, and the first
 * steps, each with an owner, a due date and a status.
 */
@Entity
public class ActionPlan {

    public enum StepStatus { NOT_STARTED, IN_PROGRESS, DONE }

    public static final int MAX_TEXT = 2000;
    public static final int MAX_WHO = 500;

    /** The answers to the plan's questions, as typed. */
    public record Details(String why, String who, LocalDate byWhen, String whoElse, String supportInside,
                          String supportOutside, String success) {
    }

    @Id
    private UUID id;
    private UUID assessmentId;
    private String itemCode;
    private int priority;
    private String why;
    private String who;
    private LocalDate byWhen;
    private String whoElse;
    private String supportInside;
    private String supportOutside;
    private String success;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("dueOn")
    private List<ActionStep> steps = new ArrayList<>();
    @Version
    private long version;

    protected ActionPlan() {
    }

    ActionPlan(UUID assessmentId, String itemCode, int priority) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessmentId;
        this.itemCode = itemCode;
        this.priority = priority;
    }

    void describe(Details d) {
        for (String text : new String[] {d.why(), d.whoElse(), d.supportInside(), d.supportOutside(), d.success()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new AssessmentRuleException("plan", "selfassessment.error.text.tooLong");
            }
        }
        if (d.who() != null && d.who().length() > MAX_WHO) {
            throw new AssessmentRuleException("who", "selfassessment.error.plan.whoTooLong");
        }
        why = d.why();
        who = d.who();
        byWhen = d.byWhen();
        whoElse = d.whoElse();
        supportInside = d.supportInside();
        supportOutside = d.supportOutside();
        success = d.success();
    }

    void addStep(String description, String owner, LocalDate dueOn, Instant now) {
        if (description == null || description.isBlank() || description.length() > 500
                || owner == null || owner.isBlank() || owner.length() > 200 || dueOn == null) {
            throw new AssessmentRuleException("step", "selfassessment.error.step.incomplete");
        }
        steps.add(new ActionStep(description.strip(), owner.strip(), dueOn, now));
    }

    void moveStep(UUID stepId, StepStatus status) {
        steps.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new AssessmentRuleException("step", "selfassessment.error.step.unknown"))
                .move(status);
    }

    public UUID id() { return id; }
    public UUID assessmentId() { return assessmentId; }
    public String itemCode() { return itemCode; }
    public int priority() { return priority; }
    public long version() { return version; }
    public List<ActionStep> steps() { return List.copyOf(steps); }

    public long overdueOn(LocalDate today) {
        return steps.stream().filter(s -> s.overdueOn(today)).count();
    }

    void moveTo(int newPriority) {
        priority = newPriority;
    }

    public Details details() {
        return new Details(why, who, byWhen, whoElse, supportInside, supportOutside, success);
    }
}
