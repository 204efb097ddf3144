package org.oneplan.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How will you spend your money?" in an agreed version: whether there will be a personal budget. It adds
 * nothing to the completeness check: the budget module's own part adds the budget and the spending plan, and
 * their items of the check, after this one (hence the order).
 */
@Component
@Order(4)
@Transactional(readOnly = true)
class MoneyPlanPart implements PlanPart {

    /** Found by its slug until PlanSection has MONEY. */
    static final PlanSection SECTION = PlanSection.MONEY;

    private final PlanMoneyRepository money;
    private final MessageSource messages;

    MoneyPlanPart(PlanMoneyRepository money, MessageSource messages) {
        this.money = money;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        List<VersionedItem> items = new ArrayList<>();
        money.findByPlanId(planId).map(PlanMoney::view).ifPresent((MoneyView m) -> {
            items.add(new VersionedItem(text("money.budget"), text("money.budget." + m.budget()), null));
            if (m.note() != null) {
                items.add(new VersionedItem(text("money.note"), m.note(), null));
            }
        });
        return List.of(new VersionedSection(SECTION, text("money.heading"), items));
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        return List.of();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
