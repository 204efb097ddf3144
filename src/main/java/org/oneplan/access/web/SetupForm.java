package org.oneplan.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oneplan.access.internal.FirstStart.NewAdministrator;
import org.oneplan.access.internal.UserAccount;

/** The first system administrator's details, as typed. Passwords are never shown back. */
class SetupForm {

    private String token;
    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{user.displayName.tooLong}")
    private String displayName;
    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "\\s*|" + UserAccount.USERNAME_PATTERN, message = "{user.username.invalid}")
    private String username;
    @NotBlank(message = "{user.email.required}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.invalid}")
    private String email;
    private String password;
    private String confirmPassword;

    static SetupForm withToken(String token) {
        SetupForm form = new SetupForm();
        form.token = token;
        return form;
    }

    NewAdministrator toAdministrator() {
        return new NewAdministrator(displayName, username, email, password);
    }

    void forgetPasswords() {
        password = null;
        confirmPassword = null;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.strip(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.strip(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
