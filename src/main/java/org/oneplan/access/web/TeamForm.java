package org.oneplan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.access.internal.TeamAdmin;

/** A team's name, organisation and partner organisations as chosen, and the version the edit started from. */
class TeamForm {

    @NotBlank(message = "{admin.team.name.required}")
    @Size(max = 200, message = "{admin.team.name.tooLong}")
    private String name;
    private String organisationId;
    private List<String> partnerIds = new ArrayList<>();
    private String version = "0";

    static TeamForm of(TeamAdmin.Summary team) {
        TeamForm form = new TeamForm();
        form.name = team.name();
        form.organisationId = team.organisationId().toString();
        form.partnerIds = new ArrayList<>(team.partnerIds().stream().map(Object::toString).toList());
        form.version = Long.toString(team.version());
        return form;
    }

    /** The organisations already chosen, so an inactive one stays on the form. */
    List<String> chosenOrganisations() {
        List<String> chosen = new ArrayList<>(partnerIds);
        if (organisationId != null) {
            chosen.add(organisationId);
        }
        return chosen;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public List<String> getPartnerIds() { return partnerIds; }
    public void setPartnerIds(List<String> partnerIds) { this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
