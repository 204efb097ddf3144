package org.oneplan.budget.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.budget.internal.Money;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.Split;

/** The personal budget's s26 split as typed, with lines of other public money (one blank line to add another). */
public class SplitForm implements VersionedForm {

    static final int LINES = 5;

    private String total;
    private String personPays;
    private String councilPays;
    private Period period;
    private List<OtherLineForm> other = new ArrayList<>();
    private Long version;

    /** A line of other public money as typed. */
    public static class OtherLineForm {
        private String source;
        private String amount;

        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
    }

    static SplitForm of(Split s, Long version) {
        SplitForm f = new SplitForm();
        f.version = version;
        if (s != null) {
            f.total = plain(s.total());
            f.personPays = plain(s.personPays());
            f.councilPays = plain(s.councilPays());
            f.period = s.period();
            s.other().forEach(o -> {
                OtherLineForm line = new OtherLineForm();
                line.source = o.source();
                line.amount = plain(o.amount());
                f.other.add(line);
            });
        }
        return f.withBlankLine();
    }

    /** Room to add another line, up to the most a budget holds. */
    SplitForm withBlankLine() {
        if (other.size() < LINES && other.stream().allMatch(l -> l.source != null && !l.source.isBlank())) {
            other.add(new OtherLineForm());
        }
        return this;
    }

    Split toSplit() {
        List<Split.OtherMoney> lines = new ArrayList<>();
        for (int i = 0; i < other.size(); i++) {
            OtherLineForm line = other.get(i);
            lines.add(new Split.OtherMoney(line.source, Money.parse(line.amount, "other[" + i + "].amount",
                    "budget.amount.other")));
        }
        return new Split(Money.parse(total, "total", "budget.amount.total"),
                Money.parse(personPays, "personPays", "budget.amount.personPays"),
                Money.parse(councilPays, "councilPays", "budget.amount.councilPays"), period, lines);
    }

    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    public String getTotal() { return total; }
    public void setTotal(String total) { this.total = total; }
    public String getPersonPays() { return personPays; }
    public void setPersonPays(String personPays) { this.personPays = personPays; }
    public String getCouncilPays() { return councilPays; }
    public void setCouncilPays(String councilPays) { this.councilPays = councilPays; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public List<OtherLineForm> getOther() { return other; }
    public void setOther(List<OtherLineForm> other) { this.other = other; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
