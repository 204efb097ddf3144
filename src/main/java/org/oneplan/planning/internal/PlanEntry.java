package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/** One answer in a plan, with whose words it is and who typed it when. */
@Entity
class PlanEntry {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private CarePlan plan;
    @Enumerated(EnumType.STRING)
    private PlanPrompt prompt;
    private String text;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;
    private String writtenBy;
    private Instant writtenAt;
    @Version
    private long version;

    protected PlanEntry() {
    }

    PlanEntry(CarePlan plan, PlanPrompt prompt) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.prompt = prompt;
    }

    void rewrite(String text, Whose whose, String whoseName, String by, Instant now) {
        this.text = text;
        this.whose = whose;
        this.whoseName = whoseName;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    PlanPrompt prompt() { return prompt; }
    long version() { return version; }

    Words words() {
        return new Words(text, whose, whoseName, writtenBy, writtenAt, version);
    }
}
