package org.oneplan.budget.web;

import org.oneplan.budget.internal.Deployment;
import org.oneplan.budget.internal.Money;

/** How the budget is managed, as typed: the way, the fund's provider, and the parts of a mix. */
public class DeploymentForm implements VersionedForm {

    private Deployment.Way way;
    private String isfProvider;
    private String directPaymentPart;
    private String isfPart;
    private String managedPart;
    private Long version;

    static DeploymentForm of(Deployment d, Long version) {
        DeploymentForm f = new DeploymentForm();
        f.version = version;
        if (d != null) {
            f.way = d.way();
            f.isfProvider = d.isfProvider();
            f.directPaymentPart = SplitForm.plain(d.directPaymentPart());
            f.isfPart = SplitForm.plain(d.isfPart());
            f.managedPart = SplitForm.plain(d.managedPart());
        }
        return f;
    }

    Deployment toDeployment() {
        boolean mixed = way == Deployment.Way.MIXED;
        return new Deployment(way, isfProvider,
                mixed ? Money.parse(directPaymentPart, "directPaymentPart", "budget.amount.directPaymentPart") : null,
                mixed ? Money.parse(isfPart, "isfPart", "budget.amount.isfPart") : null,
                mixed ? Money.parse(managedPart, "managedPart", "budget.amount.managedPart") : null);
    }

    public Deployment.Way getWay() { return way; }
    public void setWay(Deployment.Way way) { this.way = way; }
    public String getIsfProvider() { return isfProvider; }
    public void setIsfProvider(String isfProvider) { this.isfProvider = isfProvider; }
    public String getDirectPaymentPart() { return directPaymentPart; }
    public void setDirectPaymentPart(String directPaymentPart) { this.directPaymentPart = directPaymentPart; }
    public String getIsfPart() { return isfPart; }
    public void setIsfPart(String isfPart) { this.isfPart = isfPart; }
    public String getManagedPart() { return managedPart; }
    public void setManagedPart(String managedPart) { this.managedPart = managedPart; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
