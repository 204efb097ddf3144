package org.oneplan.selfassessment.web;

import java.util.HashMap;
import java.util.Map;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.Results;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What changed since the team's previous assessment, in words ("Up 1", "Down 0.5", "Same") so that the
 * change does not depend on colour or arrows. Keys: item codes, "s1" for section 1, "s1.2" for its stage 2.
 */
record Changes(String previousName, Map<String, String> before, Map<String, String> change) {

    static Changes between(Results now, Results then, String previousName, MessageSource messages) {
        Map<String, String> before = new HashMap<>();
        Map<String, String> change = new HashMap<>();
        for (ItemResult i : now.items()) {
            then.items().stream().filter(p -> p.item().code().equals(i.item().code()) && p.answered()).findFirst()
                    .ifPresent(p -> {
                        before.put(i.item().code(), Integer.toString(p.level()));
                        if (i.answered()) {
                            change.put(i.item().code(), words(i.level() - p.level(), messages));
                        }
                    });
        }
        compare(now.sections(), then.sections(), before, change, messages);
        compare(now.stages(), then.stages(), before, change, messages);
        return new Changes(previousName, before, change);
    }

    private static void compare(java.util.List<GroupResult> now, java.util.List<GroupResult> then,
                                Map<String, String> before, Map<String, String> change, MessageSource messages) {
        for (GroupResult g : now) {
            String key = key(g);
            then.stream().filter(p -> key(p).equals(key)).findFirst().flatMap(GroupResult::mean).ifPresent(old -> {
                before.put(key, String.format("%.1f", old));
                g.mean().ifPresent(m -> change.put(key, words(Math.round((m - old) * 10) / 10.0, messages)));
            });
        }
    }

    static String key(GroupResult g) {
        return g.stageNumber() == null ? "s" + g.sectionNumber() : "s" + g.sectionNumber() + "." + g.stageNumber();
    }

    private static String words(double delta, MessageSource messages) {
        String amount = delta == Math.rint(delta) ? Long.toString(Math.abs(Math.round(delta)))
                : String.format("%.1f", Math.abs(delta));
        String key = delta > 0 ? "selfassessment.change.up" : delta < 0 ? "selfassessment.change.down"
                : "selfassessment.change.same";
        return messages.getMessage(key, new Object[] {amount}, LocaleContextHolder.getLocale());
    }
}
