package org.oneplan.access.web;

/** Changing your own password. Nothing typed here is ever shown back. */
class PasswordChangeForm {

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    void forgetPasswords() {
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
