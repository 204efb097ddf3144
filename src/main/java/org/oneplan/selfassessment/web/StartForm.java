package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.Capacity;
import org.oneplan.selfassessment.Participant;
import org.oneplan.web.DateParts;

/** Starting a self-assessment: its name, date, team and up to six people who took part. */
public class StartForm {

    static final int ROWS = 6;

    private String name;
    private DateParts assessedOn = new DateParts();
    private UUID teamId;
    private boolean copyLastSubmitted;
    private boolean wholeOrganisation;
    private List<Row> participants = new ArrayList<>();

    public StartForm() {
        while (participants.size() < ROWS) {
            participants.add(new Row());
        }
    }

    List<Participant> toParticipants() {
        return participants.stream().filter(r -> r.name != null && !r.name.isBlank() && r.capacity != null)
                .map(r -> new Participant(r.name.strip(), r.capacity)).toList();
    }

    boolean hasLivedExperienceOrCarer() {
        return toParticipants().stream().anyMatch(p -> p.capacity() == Capacity.LIVED_EXPERIENCE
                || p.capacity() == Capacity.CARER);
    }

    /** One person who took part. */
    public static class Row {
        private String name;
        private Capacity capacity;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Capacity getCapacity() { return capacity; }
        public void setCapacity(Capacity capacity) { this.capacity = capacity; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DateParts getAssessedOn() { return assessedOn; }
    public void setAssessedOn(DateParts assessedOn) { this.assessedOn = assessedOn; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
    public boolean isCopyLastSubmitted() { return copyLastSubmitted; }
    public void setCopyLastSubmitted(boolean copyLastSubmitted) { this.copyLastSubmitted = copyLastSubmitted; }
    public boolean isWholeOrganisation() { return wholeOrganisation; }
    public void setWholeOrganisation(boolean wholeOrganisation) { this.wholeOrganisation = wholeOrganisation; }
    public List<Row> getParticipants() { return participants; }
    public void setParticipants(List<Row> participants) { this.participants = participants; }
}
