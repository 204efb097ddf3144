package org.oneplan.planning.web;

import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.Whose;

/**
 * A risk or contingency plan as typed: its three texts, and (inherited) whose words they are and the version
 * seen. The inherited single {@code text} is not used.
 */
public class ControlItemForm extends AnswerForm {

    private String first;
    private String second;
    private String third;

    public ControlItemForm() {
        setWhose(Whose.PERSON);
    }

    static ControlItemForm of(ControlItem item) {
        ControlItemForm f = new ControlItemForm();
        f.first = item.first();
        f.second = item.second();
        f.third = item.third();
        f.setWhose(item.whose());
        f.setWhoseName(item.whoseName());
        f.setVersion(item.version());
        return f;
    }

    ControlText text() {
        return new ControlText(first, second, third, getWhose(), getWhoseName());
    }

    public String getFirst() { return first; }
    public void setFirst(String first) { this.first = first; }
    public String getSecond() { return second; }
    public void setSecond(String second) { this.second = second; }
    public String getThird() { return third; }
    public void setThird(String third) { this.third = third; }
}
