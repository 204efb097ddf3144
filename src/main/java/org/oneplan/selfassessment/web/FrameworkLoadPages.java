package org.oneplan.selfassessment.web;

import java.io.IOException;
import org.oneplan.access.CurrentUsers;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.internal.FrameworkLibrary;
import org.oneplan.selfassessment.internal.FrameworkLoad;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A system administrator loads a framework file through a page: the same checks and storing as the API
 * ({@link FrameworkLibrary#load}); every problem is listed and nothing is stored until the file is valid.
 */
@Controller
class FrameworkLoadPages {

    private static final String VIEW = "selfassessment/load-framework";
    private static final String FORM = "form";

    private final FrameworkLibrary library;
    private final CurrentUsers users;
    private final MessageSource messages;

    FrameworkLoadPages(FrameworkLibrary library, CurrentUsers users, MessageSource messages) {
        this.library = library;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/frameworks/load")
    @PreAuthorize(FrameworkPages.SYSTEM_ADMIN)
    String form(Model model) {
        model.addAttribute(FORM, new FrameworkUpload());
        return VIEW;
    }

    @PostMapping("/admin/frameworks/load")
    @PreAuthorize(FrameworkPages.SYSTEM_ADMIN)
    String load(@ModelAttribute(FORM) FrameworkUpload form, BindingResult result, RedirectAttributes flash)
            throws IOException {
        if (!form.chosen()) {
            result.rejectValue(FrameworkUpload.FIELD, "frameworks.load.error.choose");
            return VIEW;
        }
        FrameworkLoad outcome = library.load(form.getFile().getBytes(), users.require().username());
        if (outcome instanceof FrameworkLoad.Invalid invalid) {
            invalid.problems().forEach(p -> result.rejectValue(FrameworkUpload.FIELD, "frameworks.load.problem",
                    new Object[] {p.message()}, p.message()));
            return VIEW;
        }
        if (outcome instanceof FrameworkLoad.AlreadyStored stored && !stored.identical()) {
            result.rejectValue(FrameworkUpload.FIELD, "frameworks.load.error.versionTaken",
                    new Object[] {stored.version(), stored.key()}, null);
            return VIEW;
        }
        if (outcome instanceof FrameworkLoad.AlreadyStored same) {
            flash.addFlashAttribute("notice", text("frameworks.load.identical", same.version(), same.key()));
            return "redirect:/admin/frameworks/" + same.key();
        }
        Framework loaded = ((FrameworkLoad.Stored) outcome).framework();
        flash.addFlashAttribute("banner", text("frameworks.load.stored", loaded.version(), loaded.title()));
        return "redirect:/admin/frameworks/" + loaded.key();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
