package org.oneplan.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Question 6: risks, contingency plans and who the plan is shared with. Nothing here is a Care Act gap. */
@Component
@Order(6)
class ControlPart implements PlanPart {

    private final ControlReader control;
    private final MessageSource messages;

    ControlPart(ControlReader control, MessageSource messages) {
        this.control = control;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        ControlView view = control.view(planId);
        List<VersionedItem> items = new ArrayList<>();
        for (ControlList list : ControlList.values()) {
            for (ControlItem item : view.items(list)) {
                List<String> lines = new ArrayList<>();
                for (String field : list.fields()) {
                    String text = item.text(field);
                    if (text != null && !text.isBlank()) {
                        lines.add(VersionWords.text(messages, "control." + list.slug() + "." + field) + " " + text);
                    }
                }
                items.add(new VersionedItem(VersionWords.text(messages, "control." + list.slug() + ".heading"),
                        String.join("\n", lines), VersionWords.whose(messages, item.whose(), item.whoseName())));
            }
        }
        if (view.sharing() != null) {
            items.add(new VersionedItem(VersionWords.text(messages, "control.sharing.heading"),
                    view.sharing().words().text(),
                    VersionWords.whose(messages, view.sharing().words().whose(), view.sharing().words().whoseName())));
        }
        return items.isEmpty() ? List.of() : List.of(new VersionedSection(PlanSection.CONTROL,
                VersionWords.text(messages, "planning.section.control"), items));
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        return List.of();
    }
}
