package org.oneplan.review.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Teams;
import org.oneplan.review.ReviewLists;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A team's review list, and each coordinator's list of their own people: one list at a time, paged. */
@Controller
class ReviewListPages {

    static final int PAGE_SIZE = 20;

    private final ReviewLists lists;
    private final Teams teams;
    private final CurrentUsers users;

    ReviewListPages(ReviewLists lists, Teams teams, CurrentUsers users) {
        this.lists = lists;
        this.teams = teams;
        this.users = users;
    }

    @GetMapping("/reviews")
    @PreAuthorize(ReviewPageParts.STAFF)
    String team(@RequestParam(required = false) UUID team, @RequestParam(defaultValue = "overdue") String list,
                @RequestParam(defaultValue = "0") int page, Model model) {
        List<Teams.TeamSummary> mine = teams.findAll(users.require().teamIds()).stream()
                .sorted(Comparator.comparing(Teams.TeamSummary::name)).toList();
        Teams.TeamSummary chosen = mine.stream().filter(t -> team == null || t.id().equals(team)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Team"));
        model.addAttribute("teams", mine).addAttribute("team", chosen);
        return show(lists.forTeam(chosen.id(), kind(list), page(page)), "/reviews?team=" + chosen.id() + "&list=", model);
    }

    @GetMapping("/reviews/mine")
    @PreAuthorize(ReviewPageParts.STAFF)
    String mine(@RequestParam(defaultValue = "overdue") String list, @RequestParam(defaultValue = "0") int page,
                Model model) {
        return show(lists.mine(kind(list), page(page)), "/reviews/mine?list=", model);
    }

    /** {@code listHref} followed by a list's name is that list's address. */
    private static String show(ReviewLists.Lists found, String listHref, Model model) {
        Map<ReviewLists.Kind, String> hrefs = new EnumMap<>(ReviewLists.Kind.class);
        Arrays.stream(ReviewLists.Kind.values()).forEach(k -> hrefs.put(k, listHref + k.slug()));
        model.addAttribute("lists", found).addAttribute("kinds", ReviewLists.Kind.values()).addAttribute("hrefs", hrefs);
        return "review/list";
    }

    private static ReviewLists.Kind kind(String slug) {
        return Arrays.stream(ReviewLists.Kind.values()).filter(k -> k.slug().equals(slug)).findFirst()
                .orElse(ReviewLists.Kind.OVERDUE);
    }

    private static PageRequest page(int page) {
        return PageRequest.of(Math.max(0, page), PAGE_SIZE);
    }
}
