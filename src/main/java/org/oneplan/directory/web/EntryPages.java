package org.oneplan.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectoryRuleException;
import org.oneplan.directory.internal.DirectoryAccess;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.oneplan.directory.internal.JpaDirectory;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.oneplan.web.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the directory: add an entry, change one (a change saved by someone else first is shown
 * beside what was typed, with a 409), mark one as checked today, retire one and reinstate it.
 */
@Controller
@PreAuthorize(DirectoryAccess.MAINTAINERS)
class EntryPages {

    private static final String FORM = "directory/form";

    private final DirectoryMaintenance maintenance;
    private final JpaDirectory directory;
    private final Validation validation;
    private final DirectoryChoices choices;

    EntryPages(DirectoryMaintenance maintenance, JpaDirectory directory, Validation validation,
               DirectoryChoices choices) {
        this.maintenance = maintenance;
        this.directory = directory;
        this.validation = validation;
        this.choices = choices;
    }

    @GetMapping("/directory/new")
    String blank(Model model) {
        return show(null, new EntryForm(), model);
    }

    @PostMapping("/directory/new")
    String add(@ModelAttribute("form") EntryForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return save(null, form, result, model, response, flash, () -> maintenance.add(form.toDraft()));
    }

    @GetMapping("/directory/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return show(id, EntryForm.of(entry(id)), model);
    }

    @PostMapping("/directory/{id}/edit")
    String change(@PathVariable UUID id, @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return save(id, form, result, model, response, flash,
                () -> maintenance.change(id, form.toDraft(), form.getVersion()));
    }

    @PostMapping("/directory/{id}/checked")
    String checked(@PathVariable UUID id, RedirectAttributes flash) {
        return done(id, flash, () -> maintenance.markChecked(id), "directory.entry.checked.done");
    }

    @PostMapping("/directory/{id}/retire")
    String retire(@PathVariable UUID id, RedirectAttributes flash) {
        return done(id, flash, () -> maintenance.retire(id), "directory.entry.retired.done");
    }

    @PostMapping("/directory/{id}/reinstate")
    String reinstate(@PathVariable UUID id, RedirectAttributes flash) {
        return done(id, flash, () -> maintenance.reinstate(id), "directory.entry.reinstated.done");
    }

    private String save(UUID id, EntryForm form, BindingResult result, Model model, HttpServletResponse response,
                        RedirectAttributes flash, Supplier<DirectoryEntry> change) {
        if (form.costNotAChoice()) {
            result.rejectValue("cost", "directory.error.cost");
        }
        validation.reject(form.toDraft(), result);
        if (!result.hasErrors()) {
            try {
                DirectoryEntry saved = change.get();
                flash.addFlashAttribute("banner", choices.text("directory.entry.saved", saved.name()));
                return "redirect:/directory/" + saved.id();
            } catch (DirectoryRuleException e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            } catch (StaleRecordException e) {
                DirectoryEntry now = entry(id);
                model.addAttribute("conflict", now);
                form.setVersion(now.version());
                result.reject("directory.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(id, form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, form, model);
    }

    private String done(UUID id, RedirectAttributes flash, Supplier<DirectoryEntry> change, String banner) {
        try {
            flash.addFlashAttribute("banner", choices.text(banner, change.get().name()));
        } catch (DirectoryRuleException e) {
            flash.addFlashAttribute("problem", choices.text(e.messageKey(), e.args()));
        }
        return "redirect:/directory/" + id;
    }

    private String show(UUID id, EntryForm form, Model model) {
        model.addAttribute("entryId", id);
        model.addAttribute("form", form);
        model.addAttribute("areas", directory.areas());
        choices.addTo(model);
        return FORM;
    }

    private DirectoryEntry entry(UUID id) {
        return directory.find(id).orElseThrow(() -> new RecordNotFoundException("DirectoryEntry"));
    }
}
