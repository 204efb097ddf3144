package org.oneplan.selfassessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.Capacity;
import org.oneplan.selfassessment.internal.ActionPlans;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.AssessmentList;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.selfassessment.internal.StartPermissions;
import org.oneplan.web.Option;
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

/** The team's self-assessments, and starting a new one. */
@Controller
class AssessmentPages {

    static final String TEAM_STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER')";
    static final String FRAMEWORK = "progress-pcsp";

    private final SelfAssessments assessments;
    private final AssessmentList list;
    private final CurrentUsers users;
    private final Teams teams;
    private final MessageSource messages;
    private final ActionPlans plans;
    private final StartPermissions starters;

    AssessmentPages(SelfAssessments assessments, AssessmentList list, CurrentUsers users, Teams teams,
                    MessageSource messages, ActionPlans plans, StartPermissions starters) {
        this.list = list;
        this.plans = plans;
        this.starters = starters;
        this.assessments = assessments;
        this.users = users;
        this.teams = teams;
        this.messages = messages;
    }

    @GetMapping("/self-assessment")
    @PreAuthorize(TEAM_STAFF)
    String list(Model model) {
        var visible = list.visible(null);
        model.addAttribute("assessments", visible);
        model.addAttribute("teams", teams.findAll(visible.stream().map(v -> v.assessment().teamId())
                .collect(java.util.stream.Collectors.toSet())).stream()
                .collect(java.util.stream.Collectors.toMap(Teams.TeamSummary::id, t -> t)));
        model.addAttribute("myTeams", teams.findAll(users.require().teamIds()));
        model.addAttribute("canStart", !starters.teamsICanStartFor().isEmpty());
        model.addAttribute("isManager", users.require().has(Role.MANAGER));
        model.addAttribute("overdue", plans.overdueForMyTeams());
        return "selfassessment/list";
    }

    @GetMapping("/self-assessment/new")
    @PreAuthorize(TEAM_STAFF)
    String newAssessment(Model model) {
        if (starters.teamsICanStartFor().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("No permission to start");
        }
        StartForm form = new StartForm();
        List<Option> teamOptions = teamOptions();
        if (teamOptions.size() == 1) {
            form.setTeamId(UUID.fromString(teamOptions.get(0).value()));
        }
        return show(form, model);
    }

    @PostMapping("/self-assessment/new")
    @PreAuthorize(TEAM_STAFF)
    String start(@ModelAttribute("form") StartForm form, BindingResult result, Model model, RedirectAttributes flash) {
        LocalDate date = form.getAssessedOn().toLocalDate().orElse(null);
        if (form.getName() == null || form.getName().isBlank()) {
            result.rejectValue("name", "selfassessment.error.name.required");
        } else if (form.getName().length() > 200) {
            result.rejectValue("name", "selfassessment.error.name.tooLong");
        }
        if (date == null) {
            result.rejectValue("assessedOn", "selfassessment.error.date.required");
        }
        if (form.getTeamId() == null || !starters.teamsICanStartFor().contains(form.getTeamId())) {
            result.rejectValue("teamId", "selfassessment.error.team.required");
        }
        if (form.toParticipants().isEmpty()) {
            result.rejectValue("participants", "selfassessment.error.participants.required");
        }
        if (!result.hasErrors()) {
            try {
                Assessment started = assessments.start(FRAMEWORK, form.getTeamId(), form.isWholeOrganisation(),
                        form.getName().strip(), date, form.toParticipants(), form.isCopyLastSubmitted());
                flash.addFlashAttribute("banner", text("selfassessment.started"));
                return "redirect:/self-assessment/" + started.id();
            } catch (AssessmentRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return show(form, model);
    }

    private String show(StartForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("teamOptions", teamOptions());
        model.addAttribute("capacities", java.util.Arrays.stream(Capacity.values())
                .map(c -> new Option(c.name(), text("selfassessment.capacity." + c.name()))).toList());
        model.addAttribute("coProduced", form.hasLivedExperienceOrCarer());
        model.addAttribute("isManager", users.require().has(Role.MANAGER));
        return "selfassessment/new";
    }

    private List<Option> teamOptions() {
        return teams.findAll(starters.teamsICanStartFor()).stream()
                .map(t -> new Option(t.id().toString(), t.name())).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
