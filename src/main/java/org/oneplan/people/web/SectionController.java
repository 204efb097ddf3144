package org.oneplan.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.internal.PersonAccess;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.oneplan.web.Validation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page for changing one part of a person's record. Whether the caller may change that part is
 * decided by the service; a save over someone else's newer change shows what is saved now instead.
 */
@Controller
class SectionController {

    private final PersonService people;
    private final Validation validation;
    private final ConversionService conversions;
    private final Choices choices;
    private final MessageSource messages;

    SectionController(PersonService people, Validation validation, ConversionService mvcConversionService,
                      Choices choices, MessageSource messages) {
        this.people = people;
        this.validation = validation;
        this.conversions = mvcConversionService;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/{section}")
    @PreAuthorize(PeoplePages.CARE_ROLES)
    String edit(@PathVariable UUID id, @PathVariable String section, Model model) {
        Section<?, ?> s = Sections.named(section).orElseThrow(() -> new RecordNotFoundException("Section"));
        PersonRecord person = people.readToChange(id, PersonAccess.Section.valueOf(section.toUpperCase(java.util.Locale.ROOT)));
        return show(s, s.formFor(person), person, model);
    }

    @PostMapping("/people/{id}/{section}")
    @PreAuthorize(PeoplePages.CARE_ROLES)
    <F extends SectionForm, V> String save(@PathVariable UUID id, @PathVariable("section") String name,
                                           HttpServletRequest request, HttpServletResponse response, Model model,
                                           RedirectAttributes flash) {
        @SuppressWarnings("unchecked")
        Section<F, V> section = (Section<F, V>) Sections.named(name).orElseThrow(() -> new RecordNotFoundException("Section"));
        F form = section.newForm();
        ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "form");
        binder.setConversionService(conversions);
        binder.bind(request);
        BindingResult result = binder.getBindingResult();
        V value = section.toValue(form, result);
        validation.reject(value, result);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        if (result.hasErrors()) {
            return show(section, form, people.readForChange(id), model);
        }
        try {
            section.save(people, id, form.getVersion(), value);
        } catch (StaleRecordException e) {
            PersonRecord current = people.readForChange(id);
            form.setVersion(current.version());
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(section, form, current, model);
        }
        flash.addFlashAttribute("banner", messages.getMessage("people.section." + name + ".saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/people/" + id;
    }

    private String show(Section<?, ?> section, SectionForm form, PersonRecord person, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("section", section.name());
        choices.addTo(model);
        section.addChoices(model, people, person.id());
        return "people/section";
    }
}
