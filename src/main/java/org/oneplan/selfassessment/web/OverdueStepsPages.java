package org.oneplan.selfassessment.web;

import java.util.List;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.internal.ActionPlans;
import org.oneplan.web.HomeNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Overdue first steps of the teams' action plans: a notice on the home page and the list behind it. */
@Controller
class OverdueStepsPages implements HomeNotice.Source {

    private final ActionPlans plans;
    private final Teams teams;
    private final CurrentUsers users;
    private final MessageSource messages;

    OverdueStepsPages(ActionPlans plans, Teams teams, CurrentUsers users, MessageSource messages) {
        this.plans = plans;
        this.teams = teams;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<HomeNotice> forCurrentUser() {
        if (users.current().filter(u -> u.isCaseworker()).isEmpty()) {
            return List.of();
        }
        long overdue = plans.overdueForMyTeams();
        return overdue == 0 ? List.of() : List.of(new HomeNotice(messages.getMessage("selfassessment.list.overdue",
                new Object[] {overdue}, LocaleContextHolder.getLocale()), "/self-assessment/overdue"));
    }

    @GetMapping("/self-assessment/overdue")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String overdue(Model model) {
        model.addAttribute("steps", plans.overdueStepsForMyTeams());
        model.addAttribute("teams", teams.findAll(users.require().teamIds()).stream()
                .collect(java.util.stream.Collectors.toMap(Teams.TeamSummary::id, Teams.TeamSummary::name)));
        model.addAttribute("today", plans.today());
        return "selfassessment/overdue";
    }
}
