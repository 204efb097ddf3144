package org.oneplan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;
import org.oneplan.access.internal.Organisation;
import org.oneplan.access.internal.OrganisationAdmin;

/** An organisation's name and kind as typed, and the version the edit started from. */
class OrganisationForm {

    @NotBlank(message = "{admin.organisation.name.required}")
    @Size(max = 200, message = "{admin.organisation.name.tooLong}")
    private String name;
    private String kind;
    private String version = "0";

    static OrganisationForm of(OrganisationAdmin.Summary organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.name();
        form.kind = organisation.kind().name();
        form.version = Long.toString(organisation.version());
        return form;
    }

    Optional<Organisation.Kind> chosenKind() {
        return Arrays.stream(Organisation.Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
