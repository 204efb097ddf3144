package org.oneplan.people.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonSearch;
import org.oneplan.people.PersonalDetails;
import org.oneplan.people.internal.PersonAccess;
import org.oneplan.people.internal.PersonDirectory;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.Option;
import org.oneplan.web.Validation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding people, adding a person, a person's record page and "who has looked at this record". */
@Controller
class PeoplePages {

    static final String STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER')";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";
    static final String CARE_ROLES = STAFF + " or hasAnyRole('PERSON','SUPPORTER')";
    static final int PAGE_SIZE = 20;

    private final PersonService people;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final CurrentUsers users;
    private final Teams teams;
    private final Validation validation;
    private final Choices choices;
    private final MessageSource messages;

    PeoplePages(PersonService people, PersonDirectory directory, PersonAccess access, CurrentUsers users, Teams teams,
                Validation validation, Choices choices, MessageSource messages) {
        this.people = people;
        this.directory = directory;
        this.access = access;
        this.users = users;
        this.teams = teams;
        this.validation = validation;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/people")
    @PreAuthorize(STAFF)
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var results = directory.search(PersonSearch.fromQuery(q), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("results", results);
        CurrentUser user = users.require();
        model.addAttribute("canAdd", user.has(Role.COORDINATOR) || user.has(Role.ADMINISTRATOR) || user.has(Role.MANAGER));
        return "people/search";
    }

    @GetMapping("/people/new")
    @PreAuthorize(PLANNERS)
    String newPerson(Model model) {
        NewPersonForm form = new NewPersonForm();
        List<Option> teamOptions = teamOptions();
        if (teamOptions.size() == 1) {
            form.setTeamId(UUID.fromString(teamOptions.get(0).value()));
        }
        model.addAttribute("form", form);
        model.addAttribute("teamOptions", teamOptions);
        return "people/new";
    }

    @PostMapping("/people/new")
    @PreAuthorize(PLANNERS)
    String create(@ModelAttribute("form") NewPersonForm form, BindingResult result, Model model,
                  RedirectAttributes flash) {
        PersonalDetails details = form.toValue(result);
        validation.reject(details, result);
        if (form.getTeamId() == null || !users.require().teamIds().contains(form.getTeamId())) {
            result.rejectValue("teamId", "people.error.team.required");
        }
        if (result.hasErrors()) {
            model.addAttribute("teamOptions", teamOptions());
            return "people/new";
        }
        PersonRecord created = people.create(details, form.getTeamId());
        flash.addFlashAttribute("banner", text("people.new.created", created.details().displayName()));
        return "redirect:/people/" + created.id();
    }

    @GetMapping("/people/{id}")
    @PreAuthorize(CARE_ROLES)
    String show(@PathVariable UUID id, Model model) {
        PersonRecord person = people.read(id);
        CurrentUser user = users.require();
        model.addAttribute("person", person);
        model.addAttribute("teams", teams.findAll(person.teamIds()));
        model.addAttribute("canChange", changeableSections(user, id));
        model.addAttribute("canSeeAudit", access.canSeeAudit(user, id));
        choices.addTo(model);
        return "people/person";
    }

    @GetMapping("/people/{id}/audit")
    @PreAuthorize("hasAnyRole('PERSON','SUPPORTER','MANAGER')")
    String audit(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", directory.auditOf(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("person", people.readForChange(id));
        return "people/audit";
    }

    @GetMapping("/my-records")
    @PreAuthorize("hasAnyRole('PERSON','SUPPORTER')")
    String myRecords(Model model) {
        model.addAttribute("records", directory.myRecords());
        return "people/my-records";
    }

    private Set<String> changeableSections(CurrentUser user, UUID id) {
        return java.util.Arrays.stream(PersonAccess.Section.values())
                .filter(s -> access.canChange(user, id, s))
                .map(s -> s.name().toLowerCase()).collect(java.util.stream.Collectors.toSet());
    }

    private List<Option> teamOptions() {
        return teams.findAll(users.require().teamIds()).stream()
                .map(t -> new Option(t.id().toString(), t.name())).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
