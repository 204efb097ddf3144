package org.oneplan.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the accessibility statement. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }

    @GetMapping("/accessibility")
    @PermitAll
    String accessibility() {
        return "accessibility";
    }
}
