package org.oneplan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.oneplan.access.internal.UserAccount;

/** A new account: the details every account has, its username, and optionally a temporary password. */
class NewUserForm extends UserForm {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "\\s*|" + UserAccount.USERNAME_PATTERN, message = "{user.username.invalid}")
    private String username;
    private String temporaryPassword;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.strip(); }
    public String getTemporaryPassword() { return temporaryPassword; }
    public void setTemporaryPassword(String temporaryPassword) { this.temporaryPassword = temporaryPassword; }
}
