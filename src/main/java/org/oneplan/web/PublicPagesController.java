package org.oneplan.web;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, with notices from the modules, and the accessibility statement. */
@Controller
class PublicPagesController {

    private final List<HomeNotice.Source> notices;

    PublicPagesController(List<HomeNotice.Source> notices) {
        this.notices = notices;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        model.addAttribute("notices", notices.stream().flatMap(s -> s.forCurrentUser().stream()).toList());
        return "home";
    }

    @GetMapping("/accessibility")
    @PermitAll
    String accessibility() {
        return "accessibility";
    }
}
