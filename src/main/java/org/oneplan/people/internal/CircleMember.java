package org.oneplan.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.SupportRole;

/** Someone in a person's circle of support. Removing them keeps the row, marked with who removed it and when. */
@Entity
public class CircleMember {

    @Id
    private UUID id;
    private UUID personId;
    private String name;
    private String relationship;
    @Enumerated(EnumType.STRING)
    private Circle circle;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "circle_member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<SupportRole> roles = new HashSet<>();
    private String phone;
    private String email;
    private UUID userAccountId;
    private boolean sharesRecord;
    private Instant removedAt;
    private String removedBy;
    @Version
    private long version;
    private Instant createdAt;

    protected CircleMember() {
    }

    public CircleMember(UUID personId, CircleMemberDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.createdAt = now;
        change(details);
    }

    public void change(CircleMemberDetails d) {
        requireCurrent();
        name = d.name();
        relationship = d.relationship();
        circle = d.circle();
        roles.clear();
        roles.addAll(d.roles());
        phone = d.phone();
        email = d.email();
        sharesRecord = d.sharesRecord();
    }

    /** Gives the member their own sign-in (as a SUPPORTER) so they can see what the person shares; null unlinks. */
    public void linkAccount(UUID accountId) {
        requireCurrent();
        userAccountId = accountId;
    }

    public void remove(String actor, Instant now) {
        requireCurrent();
        removedAt = now;
        removedBy = actor;
    }

    private void requireCurrent() {
        if (removedAt != null) {
            throw new IllegalStateException("This member has been removed from the circle");
        }
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public UUID userAccountId() { return userAccountId; }
    public boolean removed() { return removedAt != null; }
    public long version() { return version; }

    public CircleMemberDetails details() {
        return new CircleMemberDetails(name, relationship, circle,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), phone, email, sharesRecord);
    }
}
