package org.oneplan.access.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;

/** A user account: who may sign in, with which roles, in which teams. Never deleted, only deactivated. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** Lower-case letters, digits, full stops, hyphens and underscores; 3 to 60 of them. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

    @Id
    private UUID id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    private boolean active = true;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_membership", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team_id")
    private Set<UUID> teamIds = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName.trim();
        this.email = email;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    public void describe(String displayName, String email) {
        this.displayName = displayName.trim();
        this.email = email;
    }

    public void assign(Set<Role> roles, Set<UUID> teamIds) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.teamIds.clear();
        this.teamIds.addAll(teamIds);
    }

    public void linkToPerson(UUID personId) {
        this.personId = personId;
    }

    /** The user chose a new password themself. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /** An administrator set a temporary password; the user must replace it at next sign-in. */
    public void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public UUID id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public String passwordHash() { return passwordHash; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public boolean active() { return active; }
    public UUID personId() { return personId; }
    public Instant passwordChangedAt() { return passwordChangedAt; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public Set<UUID> teamIds() { return Set.copyOf(teamIds); }
}
