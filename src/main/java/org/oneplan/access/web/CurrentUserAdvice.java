package org.oneplan.access.web;

import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (null when nobody is), so the layout can greet them by name. */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers users;

    CurrentUserAdvice(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }
}
