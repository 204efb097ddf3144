package org.oneplan.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.access.Accounts;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.internal.CircleService;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.StaleRecordException;
import org.oneplan.web.Validation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and removing people in someone's circle of support. */
@Controller
class CirclePages {

    private final CircleService circle;
    private final PersonService people;
    private final Validation validation;
    private final Choices choices;
    private final MessageSource messages;
    private final Accounts accounts;

    CirclePages(CircleService circle, PersonService people, Validation validation, Choices choices,
                MessageSource messages, Accounts accounts) {
        this.accounts = accounts;
        this.circle = circle;
        this.people = people;
        this.validation = validation;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/circle/new")
    @PreAuthorize(PeoplePages.PLANNERS)
    String newMember(@PathVariable UUID id, Model model) {
        return show(id, null, new CircleMemberForm(), model);
    }

    @PostMapping("/people/{id}/circle/new")
    @PreAuthorize(PeoplePages.PLANNERS)
    String add(@PathVariable UUID id, @ModelAttribute("form") CircleMemberForm form, BindingResult result, Model model,
               RedirectAttributes flash) {
        CircleMemberDetails details = form.toValue();
        if (validation.reject(details, result) | unknownSupporter(form, result)) {
            return show(id, null, form, model);
        }
        CircleMemberView added = circle.add(id, details);
        circle.linkAccount(id, added.id(), form.getSupporterUsername());
        return done(id, "people.circle.added", details.name(), flash);
    }

    @GetMapping("/people/{id}/circle/{memberId}")
    @PreAuthorize(PeoplePages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        CircleMemberView member = circle.find(id, memberId);
        CircleMemberForm form = CircleMemberForm.of(member);
        form.setSupporterUsername(circle.linkedUsername(member));
        return show(id, memberId, form, model);
    }

    @PostMapping("/people/{id}/circle/{memberId}")
    @PreAuthorize(PeoplePages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID memberId, @ModelAttribute("form") CircleMemberForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        CircleMemberDetails details = form.toValue();
        if (validation.reject(details, result) | unknownSupporter(form, result)) {
            return show(id, memberId, form, model);
        }
        try {
            circle.change(id, memberId, form.getVersion(), details);
            circle.linkAccount(id, memberId, form.getSupporterUsername());
        } catch (StaleRecordException e) {
            CircleMemberView current = circle.find(id, memberId);
            form.setVersion(current.version());
            model.addAttribute("conflict", current);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(id, memberId, form, model);
        }
        return done(id, "people.circle.changed", details.name(), flash);
    }

    @GetMapping("/people/{id}/circle/{memberId}/remove")
    @PreAuthorize(PeoplePages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        model.addAttribute("person", people.readForChange(id));
        model.addAttribute("member", circle.find(id, memberId));
        return "people/circle-remove";
    }

    @PostMapping("/people/{id}/circle/{memberId}/remove")
    @PreAuthorize(PeoplePages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes flash) {
        String name = circle.find(id, memberId).details().name();
        circle.remove(id, memberId);
        return done(id, "people.circle.removed", name, flash);
    }

    /** A supporter account must exist before it can be linked; a system administrator creates it. */
    private boolean unknownSupporter(CircleMemberForm form, BindingResult result) {
        String username = form.getSupporterUsername();
        if (username != null && !username.isBlank() && accounts.findSupporter(username).isEmpty()) {
            result.rejectValue("supporterUsername", "people.error.supporter.unknown");
            return true;
        }
        return false;
    }

    private String show(UUID id, UUID memberId, CircleMemberForm form, Model model) {
        model.addAttribute("person", people.readForChange(id));
        model.addAttribute("memberId", memberId);
        model.addAttribute("form", form);
        choices.addTo(model);
        return "people/circle-member";
    }

    private String done(UUID id, String key, String name, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", messages.getMessage(key, new Object[] {name}, LocaleContextHolder.getLocale()));
        return "redirect:/people/" + id;
    }
}
