package org.oneplan.people.web;

import java.util.UUID;

/** A new person: their details and the team whose caseload they join. */
public class NewPersonForm extends DetailsForm {

    private UUID teamId;

    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
}
