package org.oneplan.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAdmin;

/** A user's name, email address, roles and teams as chosen, and the version the edit started from. */
class UserForm {

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{user.displayName.tooLong}")
    private String displayName;
    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.invalid}")
    private String email;
    private List<String> roles = new ArrayList<>();
    private List<String> teamIds = new ArrayList<>();
    private String version = "0";

    static UserForm of(UserAdmin.Summary user) {
        UserForm form = new UserForm();
        form.displayName = user.displayName();
        form.email = user.email();
        form.roles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
        form.teamIds = new ArrayList<>(user.teamIds().stream().map(Object::toString).toList());
        form.version = Long.toString(user.version());
        return form;
    }

    UserAdmin.Details toDetails() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> roles.contains(r.name())).forEach(chosen::add);
        return new UserAdmin.Details(displayName, FormValues.blankToNull(email), chosen, FormValues.uuids(teamIds));
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.strip(); }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public List<String> getTeamIds() { return teamIds; }
    public void setTeamIds(List<String> teamIds) { this.teamIds = teamIds == null ? new ArrayList<>() : teamIds; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
