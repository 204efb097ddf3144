package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.internal.StartPermission;
import org.oneplan.selfassessment.internal.StartPermissions;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager says which members of their team may start the team's self-assessments. */
@Controller
class StarterPages {

    private final StartPermissions starters;
    private final Teams teams;
    private final CurrentUsers users;
    private final MessageSource messages;

    StarterPages(StartPermissions starters, Teams teams, CurrentUsers users, MessageSource messages) {
        this.starters = starters;
        this.teams = teams;
        this.users = users;
        this.messages = messages;
    }

    /** The people ticked on the page. */
    public static class StartersForm {
        private List<UUID> userIds = new ArrayList<>();

        public List<UUID> getUserIds() { return userIds; }
        public void setUserIds(List<UUID> userIds) { this.userIds = userIds; }
    }

    @GetMapping("/self-assessment/starters")
    @PreAuthorize("hasRole('MANAGER')")
    String teams(Model model) {
        var mine = teams.findAll(users.require().teamIds());
        var granted = starters.grantedIn(users.require().teamIds());
        model.addAttribute("teams", mine);
        model.addAttribute("counts", mine.stream().collect(java.util.stream.Collectors.toMap(Teams.TeamSummary::id,
                t -> granted.stream().filter(g -> g.teamId().equals(t.id())).count())));
        return "selfassessment/starters";
    }

    @GetMapping("/self-assessment/starters/{teamId}")
    @PreAuthorize("hasRole('MANAGER')")
    String team(@PathVariable UUID teamId, Model model) {
        StartersForm form = new StartersForm();
        form.setUserIds(starters.grantedIn(List.of(myTeam(teamId).id())).stream().map(StartPermission::userId).toList());
        model.addAttribute("form", form);
        model.addAttribute("team", myTeam(teamId));
        model.addAttribute("staff", teams.staffIn(List.of(teamId)).stream()
                .map(s -> new Option(s.userId().toString(), s.displayName())).toList());
        return "selfassessment/starters-team";
    }

    @PostMapping("/self-assessment/starters/{teamId}")
    @PreAuthorize("hasRole('MANAGER')")
    String allow(@PathVariable UUID teamId, @ModelAttribute("form") StartersForm form, RedirectAttributes flash) {
        Teams.TeamSummary team = myTeam(teamId);
        starters.allow(team.id(), new HashSet<>(form.getUserIds()));
        flash.addFlashAttribute("banner", messages.getMessage("selfassessment.starters.saved",
                new Object[] {team.name()}, LocaleContextHolder.getLocale()));
        return "redirect:/self-assessment/starters";
    }

    private Teams.TeamSummary myTeam(UUID teamId) {
        if (!users.require().teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        return teams.find(teamId).orElseThrow(() -> new RecordNotFoundException("Team"));
    }
}
