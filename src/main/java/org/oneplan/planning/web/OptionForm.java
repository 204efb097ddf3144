package org.oneplan.planning.web;

import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.SupportOption;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;

/**
 * An option as typed: the idea (the inherited {@code text}), its resource, whether it was chosen and why, the
 * community directory entry it draws on, and (inherited) whose words they are and the version seen.
 */
public class OptionForm extends AnswerForm implements ChoosesEntry {

    private SupportResource resource;
    private boolean chosen;
    private String why;
    private String directoryEntryId;

    public OptionForm() {
        setWhose(Whose.PERSON);
    }

    static OptionForm of(SupportOption option) {
        OptionForm f = new OptionForm();
        f.setText(option.text());
        f.resource = option.resource();
        f.chosen = option.chosen();
        f.why = option.why().text();
        f.setWhose(option.why().whose());
        f.setWhoseName(option.why().whoseName());
        f.setVersion(option.version());
        f.directoryEntryId = option.directoryEntryId() == null ? null : option.directoryEntryId().toString();
        return f;
    }

    OptionDraft draft() {
        return new OptionDraft(getText(), resource, chosen, why, getWhose(), getWhoseName(), directoryEntry());
    }

    public SupportResource getResource() { return resource; }
    public void setResource(SupportResource resource) { this.resource = resource; }
    public boolean isChosen() { return chosen; }
    public void setChosen(boolean chosen) { this.chosen = chosen; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
    @Override public String getDirectoryEntryId() { return directoryEntryId; }
    @Override public void setDirectoryEntryId(String directoryEntryId) { this.directoryEntryId = directoryEntryId; }
}
