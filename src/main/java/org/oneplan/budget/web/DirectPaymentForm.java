package org.oneplan.budget.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.oneplan.budget.internal.DirectPayment;
import org.oneplan.budget.internal.Money;

/** The direct payment as typed: who holds it, the needs it meets, the amount and how often it is paid. */
public class DirectPaymentForm implements VersionedForm {

    private DirectPayment.Holder holder;
    private String holderName;
    private List<String> needCodes = new ArrayList<>();
    private String needsText;
    private String amount;
    private DirectPayment.Frequency frequency;
    private Long version;

    static DirectPaymentForm of(DirectPayment p, Long version) {
        DirectPaymentForm f = new DirectPaymentForm();
        f.version = version;
        if (p != null) {
            f.holder = p.holder();
            f.holderName = p.holderName();
            f.needCodes = new ArrayList<>(p.needCodes());
            f.needsText = p.needsText();
            f.amount = SplitForm.plain(p.amount());
            f.frequency = p.frequency();
        }
        return f;
    }

    DirectPayment toDirectPayment() {
        return new DirectPayment(holder, holderName, new HashSet<>(needCodes), needsText,
                Money.parse(amount, "amount", "budget.amount.dp"), frequency);
    }

    public DirectPayment.Holder getHolder() { return holder; }
    public void setHolder(DirectPayment.Holder holder) { this.holder = holder; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public List<String> getNeedCodes() { return needCodes; }
    public void setNeedCodes(List<String> needCodes) { this.needCodes = needCodes; }
    public String getNeedsText() { return needsText; }
    public void setNeedsText(String needsText) { this.needsText = needsText; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public DirectPayment.Frequency getFrequency() { return frequency; }
    public void setFrequency(DirectPayment.Frequency frequency) { this.frequency = frequency; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
