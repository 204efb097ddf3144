package org.oneplan.planning.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionsDue;
import org.oneplan.planning.DueAction;
import org.oneplan.planning.DueFilter;
import org.oneplan.web.HomeNotice;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A team's actions due, and the signed-in coordinator's own actions and their people's, each filtered by who does
 * them and status; and a home page notice of how many of the coordinator's are overdue.
 */
@Controller
class ActionsDuePages implements HomeNotice.Source {

    static final int PAGE_SIZE = 25;

    private final ActionsDue due;
    private final Teams teams;
    private final CurrentUsers users;
    private final NextPageParts parts;
    private final MessageSource messages;

    ActionsDuePages(ActionsDue due, Teams teams, CurrentUsers users, NextPageParts parts, MessageSource messages) {
        this.due = due;
        this.teams = teams;
        this.users = users;
        this.parts = parts;
        this.messages = messages;
    }

    @Override
    public List<HomeNotice> forCurrentUser() {
        if (users.current().filter(ActionsDuePages::plans).isEmpty()) {
            return List.of();
        }
        long overdue = due.myOverdue();
        return overdue == 0 ? List.of() : List.of(new HomeNotice(messages.getMessage("due.home.overdue",
                new Object[] {overdue}, LocaleContextHolder.getLocale()), "/actions/mine"));
    }

    @GetMapping("/actions/due")
    @PreAuthorize(PlanPages.PLANNERS)
    String team(@RequestParam(required = false) UUID team, @RequestParam(required = false) ActionOwner owner,
                @RequestParam(required = false) ActionStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        List<Teams.TeamSummary> mine = teams.findAll(users.require().teamIds()).stream()
                .sorted(Comparator.comparing(Teams.TeamSummary::name)).toList();
        UUID chosen = team != null ? team
                : mine.stream().findFirst().map(Teams.TeamSummary::id).orElseThrow(() -> new RecordNotFoundException("Team"));
        model.addAttribute("teamOptions", mine);
        model.addAttribute("team", chosen);
        return list(due.forTeam(chosen, new DueFilter(owner, status), request(page)), "/actions/due", chosen, owner,
                status, model);
    }

    @GetMapping("/actions/mine")
    @PreAuthorize(PlanPages.PLANNERS)
    String mine(@RequestParam(required = false) ActionOwner owner, @RequestParam(required = false) ActionStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        return list(due.mine(new DueFilter(owner, status), request(page)), "/actions/mine", null, owner, status, model);
    }

    private String list(Page<DueAction> actions, String path, UUID team, ActionOwner owner, ActionStatus status,
                        Model model) {
        model.addAttribute("actions", actions);
        model.addAttribute("mine", team == null);
        model.addAttribute("path", path);
        model.addAttribute("owner", owner);
        model.addAttribute("status", status);
        model.addAttribute("ownerOptions", parts.options(ActionOwner.values(), o -> "next.owner." + o.name()));
        model.addAttribute("statusOptions", parts.options(ActionStatus.values(), ActionStatus::messageKey));
        model.addAttribute("pageHref", UriComponentsBuilder.fromPath(path).queryParamIfPresent("team",
                Optional.ofNullable(team)).queryParamIfPresent("owner", Optional.ofNullable(owner))
                .queryParamIfPresent("status", Optional.ofNullable(status)).build().toUriString());
        return "planning/actions-due";
    }

    private static PageRequest request(int page) {
        return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
    }

    private static boolean plans(CurrentUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMINISTRATOR) || user.has(Role.MANAGER);
    }
}
