package org.oneplan.budget.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Set;

/** How a personal budget is managed, and its direct payment, as stored; the budget checks them first. */
@Embeddable
class DeploymentColumns {

    @Enumerated(EnumType.STRING)
    private Deployment.Way deployment;
    private String isfProvider;
    private BigDecimal dpPart;
    private BigDecimal isfPart;
    private BigDecimal managedPart;
    @Enumerated(EnumType.STRING)
    private DirectPayment.Holder dpHolder;
    private String dpHolderName;
    private String dpNeedsText;
    private BigDecimal dpAmount;
    @Enumerated(EnumType.STRING)
    private DirectPayment.Frequency dpFrequency;

    void take(Deployment d) {
        deployment = d.way();
        isfProvider = d.isfProvider();
        dpPart = d.directPaymentPart();
        isfPart = d.isfPart();
        managedPart = d.managedPart();
    }

    void take(DirectPayment p) {
        dpHolder = p.holder();
        dpHolderName = p.holderName();
        dpNeedsText = p.needsText();
        dpAmount = p.amount();
        dpFrequency = p.frequency();
    }

    Deployment deployment() {
        return deployment == null ? null : new Deployment(deployment, isfProvider, dpPart, isfPart, managedPart);
    }

    DirectPayment directPayment(Set<String> needs) {
        return dpHolder == null ? null : new DirectPayment(dpHolder, dpHolderName, needs, dpNeedsText, dpAmount,
                dpFrequency);
    }
}
