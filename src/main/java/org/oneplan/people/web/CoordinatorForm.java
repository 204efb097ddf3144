package org.oneplan.people.web;

import java.util.UUID;
import org.oneplan.people.CoordinatorKind;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.PersonRecord;

/** Who the person chose to coordinate their plan. */
public class CoordinatorForm extends SectionForm {

    private CoordinatorKind kind;
    private UUID userId;
    private String name;

    static CoordinatorForm of(PersonRecord r) {
        CoordinatorForm f = new CoordinatorForm();
        NamedCoordinator c = r.coordinator();
        if (c != null) {
            f.kind = c.kind();
            f.userId = c.userId();
            f.name = c.name();
        }
        f.setVersion(r.version());
        return f;
    }

    NamedCoordinator toValue() {
        return new NamedCoordinator(kind, userId, name);
    }

    public CoordinatorKind getKind() { return kind; }
    public void setKind(CoordinatorKind kind) { this.kind = kind; }
    public UUID getUserId() { return userId; }
    public void setUserId(UUID userId) { this.userId = userId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
