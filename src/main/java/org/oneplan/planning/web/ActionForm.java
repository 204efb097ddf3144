package org.oneplan.planning.web;

import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionView;
import org.oneplan.web.DateParts;

/**
 * An action as typed. The outcome is its id, or {@link #NO_OUTCOME} while the plan has none; the community
 * directory entry it draws on is optional.
 */
public class ActionForm implements ChoosesEntry {

    static final String NO_OUTCOME = "none";

    private String text;
    private ActionOwner owner;
    private String ownerName;
    private DateParts dueDate = new DateParts();
    private String outcomeId;
    private ActionLayer layer;
    private String directoryEntryId;
    private long version;

    static ActionForm of(ActionView a) {
        ActionForm f = new ActionForm();
        f.text = a.text();
        f.owner = a.owner();
        f.ownerName = a.ownerName();
        f.dueDate = DateParts.of(a.dueDate());
        f.outcomeId = a.outcomeText() == null ? null : a.outcomeId().toString();
        f.layer = a.layer();
        f.version = a.version();
        f.directoryEntryId = a.directoryEntryId() == null ? null : a.directoryEntryId().toString();
        return f;
    }

    ActionDraft toDraft() {
        return new ActionDraft(text, owner, ownerName, dueDate.toLocalDate().orElse(null), outcome(), layer,
                directoryEntry());
    }

    boolean dateTypedButNotReal() {
        return !dueDate.isBlank() && dueDate.toLocalDate().isEmpty();
    }

    /** Something other than an outcome's id or "none" was sent. */
    boolean outcomeNotAChoice() {
        try {
            outcome();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private UUID outcome() {
        return outcomeId == null || outcomeId.isBlank() || outcomeId.equals(NO_OUTCOME) ? null : UUID.fromString(outcomeId);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ActionOwner getOwner() { return owner; }
    public void setOwner(ActionOwner owner) { this.owner = owner; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public DateParts getDueDate() { return dueDate; }
    public void setDueDate(DateParts dueDate) { this.dueDate = dueDate; }
    public String getOutcomeId() { return outcomeId; }
    public void setOutcomeId(String outcomeId) { this.outcomeId = outcomeId; }
    public ActionLayer getLayer() { return layer; }
    public void setLayer(ActionLayer layer) { this.layer = layer; }
    @Override public String getDirectoryEntryId() { return directoryEntryId; }
    @Override public void setDirectoryEntryId(String directoryEntryId) { this.directoryEntryId = directoryEntryId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
