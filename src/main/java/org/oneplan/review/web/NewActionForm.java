package org.oneplan.review.web;

import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** A new SMART action as typed: what, who, by when, for which outcome, from which layer of support. */
public class NewActionForm extends RecordForm {

    private String text;
    private ActionOwner owner;
    private String ownerName;
    private DateParts dueDate = new DateParts();
    private UUID outcomeId;
    private ActionLayer layer;

    ActionDraft toDraft(BindingResult result) {
        return new ActionDraft(text, owner, ownerName, RecordForm.date(dueDate, result, "dueDate"), outcomeId, layer);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ActionOwner getOwner() { return owner; }
    public void setOwner(ActionOwner owner) { this.owner = owner; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public DateParts getDueDate() { return dueDate; }
    public void setDueDate(DateParts dueDate) { this.dueDate = dueDate; }
    public UUID getOutcomeId() { return outcomeId; }
    public void setOutcomeId(UUID outcomeId) { this.outcomeId = outcomeId; }
    public ActionLayer getLayer() { return layer; }
    public void setLayer(ActionLayer layer) { this.layer = layer; }
}
