package org.oneplan.budget.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.budget.internal.Money;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.SpendingLineDraft;
import org.oneplan.budget.internal.SpendingLineView;
import org.oneplan.planning.Whose;

/** A line of the spending plan as typed. */
public class SpendingLineForm implements VersionedForm {

    private String description;
    private Whose whose = Whose.PERSON;
    private String whoseName;
    private String supportType;
    private List<String> outcomeIds = new ArrayList<>();
    private String cost;
    private Period period;
    private Long version;

    static SpendingLineForm of(SpendingLineView l) {
        SpendingLineForm f = new SpendingLineForm();
        f.description = l.words().text();
        f.whose = l.words().whose();
        f.whoseName = l.words().whoseName();
        f.supportType = l.supportType();
        f.outcomeIds = l.outcomeIds().stream().map(UUID::toString).toList();
        f.cost = SplitForm.plain(l.cost());
        f.period = l.period();
        f.version = l.words().version();
        return f;
    }

    SpendingLineDraft toDraft() {
        Set<UUID> outcomes = new HashSet<>();
        for (String id : outcomeIds) {
            try {
                outcomes.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                outcomes.add(new UUID(0, 0));
            }
        }
        return new SpendingLineDraft(description, whose, whoseName, supportType, outcomes,
                Money.parse(cost, "cost", "budget.amount.cost"), period);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Whose getWhose() { return whose; }
    public void setWhose(Whose whose) { this.whose = whose; }
    public String getWhoseName() { return whoseName; }
    public void setWhoseName(String whoseName) { this.whoseName = whoseName; }
    public String getSupportType() { return supportType; }
    public void setSupportType(String supportType) { this.supportType = supportType; }
    public List<String> getOutcomeIds() { return outcomeIds; }
    public void setOutcomeIds(List<String> outcomeIds) { this.outcomeIds = outcomeIds; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
