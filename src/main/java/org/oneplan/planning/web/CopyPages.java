package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.CopyDraft;
import org.oneplan.planning.PlanCopies;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanVersions;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
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

/** The copies of the plan given to people, and recording one more; downloading a PDF records nothing. */
@Controller
class CopyPages {

    private static final String BASE = "/people/{id}/plan/copies";

    private final PlanCopies copies;
    private final PlanVersions versions;
    private final People people;
    private final MessageSource messages;

    CopyPages(PlanCopies copies, PlanVersions versions, People people, MessageSource messages) {
        this.copies = copies;
        this.versions = versions;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping(BASE)
    @PreAuthorize(PlanPages.READERS)
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("copies", copies.of(id));
        model.addAttribute("person", person(id));
        model.addAttribute("mayPlan", people.mayPlanFor(id));
        return "planning/copies";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, Model model) {
        return form(id, new CopyForm(), model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String record(@PathVariable UUID id, @ModelAttribute("form") CopyForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        if (form.dateTypedButNotReal()) {
            result.rejectValue("givenOn", "copies.error.givenOn.real");
        }
        if (form.versionProblem() != null) {
            result.rejectValue("version", form.versionProblem());
        }
        if (!result.hasErrors()) {
            try {
                copies.record(id, form.toDraft());
                flash.addFlashAttribute("banner", text("copies.recorded"));
                return "redirect:/people/" + id + "/plan/copies";
            } catch (PlanRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, form, model);
    }

    private String form(UUID id, CopyForm form, Model model) {
        PersonRecord person = person(id);
        List<Option> recipients = new ArrayList<>();
        recipients.add(new Option(CopyDraft.Recipient.PERSON.name(), text("copies.recipient.PERSON", person.details().displayName())));
        person.circle().forEach(m -> recipients.add(new Option(m.id().toString(), m.details().relationship() == null
                ? m.details().name() : text("copies.recipient.supporter", m.details().name(), m.details().relationship()))));
        recipients.add(new Option(CopyDraft.Recipient.SOMEONE_ELSE.name(), text("copies.recipient.SOMEONE_ELSE")));
        List<Option> numbers = new ArrayList<>();
        for (int n = versions.state(id).latestVersion(); n > 0; n--) {
            numbers.add(new Option(Integer.toString(n), text("copies.version.number", n)));
        }
        numbers.add(new Option(CopyForm.DRAFT, text("copies.version.draft")));
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("recipients", recipients);
        model.addAttribute("versionOptions", numbers);
        model.addAttribute("documents", options("copies.document.", CopyDraft.Document.values()));
        model.addAttribute("formats", options("copies.format.", CopyDraft.Format.values()));
        return "planning/copy";
    }

    private PersonRecord person(UUID id) {
        return people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person"));
    }

    private List<Option> options(String prefix, Enum<?>... values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
