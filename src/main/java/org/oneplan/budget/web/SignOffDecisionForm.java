package org.oneplan.budget.web;

import java.util.ArrayList;
import java.util.List;
import org.oneplan.web.DateParts;

/** An authoriser's sign-off as typed: the criteria they ticked, any conditions, and when the budget is active from. */
public class SignOffDecisionForm {

    private List<String> ticked = new ArrayList<>();
    private String conditions;
    private DateParts activeFrom = new DateParts();

    public List<String> getTicked() { return ticked; }
    public void setTicked(List<String> ticked) { this.ticked = ticked == null ? new ArrayList<>() : ticked; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public DateParts getActiveFrom() { return activeFrom; }
    public void setActiveFrom(DateParts activeFrom) { this.activeFrom = activeFrom; }
}
