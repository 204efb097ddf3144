package org.oneplan.budget.web;

import org.oneplan.budget.internal.SupportTypeView;

/** A support type as an administrator typed it. */
public class SupportTypeForm implements VersionedForm {

    private String label;
    private Boolean traditional;
    private Long version;

    static SupportTypeForm of(SupportTypeView t) {
        SupportTypeForm f = new SupportTypeForm();
        f.label = t.label();
        f.traditional = t.traditional();
        f.version = t.version();
        return f;
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Boolean getTraditional() { return traditional; }
    public void setTraditional(Boolean traditional) { this.traditional = traditional; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
