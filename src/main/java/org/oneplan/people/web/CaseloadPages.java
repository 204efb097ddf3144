package org.oneplan.people.web;

import java.util.UUID;
import org.oneplan.access.Teams;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.internal.PersonAccess;
import org.oneplan.people.internal.PersonCaseloads;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.InvalidRequestException;
import org.oneplan.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which teams hold the person on their caseload: add another team, or take one off (never the last). */
@Controller
class CaseloadPages {

    private final PersonService people;
    private final PersonCaseloads caseloads;
    private final Teams teams;
    private final MessageSource messages;

    CaseloadPages(PersonService people, PersonCaseloads caseloads, Teams teams, MessageSource messages) {
        this.people = people;
        this.caseloads = caseloads;
        this.teams = teams;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/teams")
    @PreAuthorize(PeoplePages.PLANNERS)
    String show(@PathVariable UUID id, Model model) {
        PersonRecord person = people.readToChange(id, PersonAccess.Section.DETAILS);
        model.addAttribute("person", person);
        model.addAttribute("holding", teams.findAll(person.teamIds()));
        model.addAttribute("otherTeams", teams.active().stream().filter(t -> !person.teamIds().contains(t.id()))
                .map(t -> new Option(t.id().toString(), t.name() + " (" + t.organisationName() + ")")).toList());
        return "people/teams";
    }

    @PostMapping("/people/{id}/teams")
    @PreAuthorize(PeoplePages.PLANNERS)
    String add(@PathVariable UUID id, @RequestParam(required = false) UUID teamId, RedirectAttributes flash) {
        if (teamId == null) {
            flash.addFlashAttribute("problem", text("people.error.team.choose"));
            return "redirect:/people/" + id + "/teams";
        }
        caseloads.addToCaseload(id, teamId);
        flash.addFlashAttribute("banner", text("people.teams.added"));
        return "redirect:/people/" + id + "/teams";
    }

    @PostMapping("/people/{id}/teams/{teamId}/remove")
    @PreAuthorize(PeoplePages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID teamId, RedirectAttributes flash) {
        try {
            caseloads.removeFromCaseload(id, teamId);
            flash.addFlashAttribute("banner", text("people.teams.removed"));
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return "redirect:/people/" + id + "/teams";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
