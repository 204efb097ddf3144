package org.oneplan.planning.web;

import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.SupportOption;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;

/**
 * An option as typed: the idea (the inherited {@code text}), its resource, whether it was chosen and why, and
 * (inherited) whose words they are and the version seen.
 */
public class OptionForm extends AnswerForm {

    private SupportResource resource;
    private boolean chosen;
    private String why;

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
        return f;
    }

    OptionDraft draft() {
        return new OptionDraft(getText(), resource, chosen, why, getWhose(), getWhoseName());
    }

    public SupportResource getResource() { return resource; }
    public void setResource(SupportResource resource) { this.resource = resource; }
    public boolean isChosen() { return chosen; }
    public void setChosen(boolean chosen) { this.chosen = chosen; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
}
