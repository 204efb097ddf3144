package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.budget.SignOffs;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.budget.internal.SignOffPart;
import org.oneplan.budget.internal.SignOffSettings;
import org.oneplan.web.RuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The authoriser returns the plan: each part that needs changing ticked, with the reason, and the criteria to hand. */
@Controller
class SignOffReturnPages {

    private final SignOffs signOffs;
    private final SignOffLooks looks;
    private final SignOffSettings settings;
    private final SignOffPageParts parts;

    SignOffReturnPages(SignOffs signOffs, SignOffLooks looks, SignOffSettings settings, SignOffPageParts parts) {
        this.signOffs = signOffs;
        this.looks = looks;
        this.settings = settings;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/sign-off/return")
    @PreAuthorize(SignOffPageParts.AUTHORISERS)
    String form(@PathVariable UUID id, Model model) {
        return show(id, new SignOffReturnForm(), model);
    }

    @PostMapping("/people/{id}/plan/sign-off/return")
    @PreAuthorize(SignOffPageParts.AUTHORISERS)
    String returnIt(@PathVariable UUID id, @ModelAttribute("form") SignOffReturnForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            signOffs.returnWithReasons(id, form.toReasons());
            flash.addFlashAttribute("banner", parts.text("signoff.return.done"));
            return "redirect:/people/" + id + "/plan";
        } catch (RuleException e) {
            SignOffPageParts.refused(e, result);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, form, model);
    }

    private String show(UUID id, SignOffReturnForm form, Model model) {
        parts.person(model, id);
        model.addAttribute("status", looks.read(id).orElse(null));
        model.addAttribute("refusal", looks.refusal(id).orElse(null));
        model.addAttribute("criteria", settings.forPerson(id).criteria());
        model.addAttribute("allParts", SignOffPart.all());
        model.addAttribute("form", form);
        return "budget/sign-off-return";
    }
}
