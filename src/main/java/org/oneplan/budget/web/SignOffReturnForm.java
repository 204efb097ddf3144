package org.oneplan.budget.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.internal.SignOffPart;

/**
 * A return as typed: the parts ticked, and the reason typed for each part (by its key). A reason typed under a part
 * that was not ticked still counts, so nothing typed is lost when the page works without JavaScript.
 */
public class SignOffReturnForm {

    private List<String> parts = new ArrayList<>();
    private Map<String, String> reasons = new HashMap<>();

    /** The reasons in the plan's order, one for each part ticked or with words typed. */
    List<SignOffStatus.Reason> toReasons() {
        List<SignOffStatus.Reason> all = new ArrayList<>();
        for (SignOffPart part : SignOffPart.all()) {
            String words = reasons.get(part.key());
            if (parts.contains(part.key()) || (words != null && !words.isBlank())) {
                all.add(new SignOffStatus.Reason(part.key(), words));
            }
        }
        parts.stream().filter(p -> SignOffPart.of(p).isEmpty()).findFirst()
                .ifPresent(unknown -> all.add(new SignOffStatus.Reason(unknown, reasons.get(unknown))));
        return all;
    }

    public List<String> getParts() { return parts; }
    public void setParts(List<String> parts) { this.parts = parts == null ? new ArrayList<>() : parts; }
    public Map<String, String> getReasons() { return reasons; }
    public void setReasons(Map<String, String> reasons) { this.reasons = reasons == null ? new HashMap<>() : reasons; }
}
