package org.oneplan.selfassessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.internal.AssessmentOverviews;
import org.oneplan.selfassessment.internal.AssessmentOverviews.Scored;
import org.oneplan.web.DateParts;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** A team's progress over time, and an organisation's teams side by side. */
@Controller
class ProgressPages {

    private final AssessmentOverviews overviews;
    private final Teams teams;
    private final MessageSource messages;
    private final Clock clock;

    ProgressPages(AssessmentOverviews overviews, Teams teams, MessageSource messages, Clock clock) {
        this.overviews = overviews;
        this.teams = teams;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/self-assessment/history")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String history(@RequestParam UUID team, Model model) {
        List<Scored> history = overviews.history(team, AssessmentPages.FRAMEWORK);
        List<Changes> changes = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            changes.add(i == 0 ? null : Changes.between(history.get(i).results(), history.get(i - 1).results(),
                    history.get(i - 1).assessment().name(), messages));
        }
        model.addAttribute("team", teams.find(team).orElseThrow(() -> new RecordNotFoundException("Team")));
        model.addAttribute("history", history);
        model.addAttribute("table", HistoryTable.of(history, changes));
        model.addAttribute("chart", BarChart.over(history, s -> s.assessment().assessedOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy"))));
        return "selfassessment/history";
    }

    /** The period shown: from and to dates as typed. */
    public static class Period {
        private DateParts from = new DateParts();
        private DateParts to = new DateParts();

        public DateParts getFrom() { return from; }
        public void setFrom(DateParts from) { this.from = from; }
        public DateParts getTo() { return to; }
        public void setTo(DateParts to) { this.to = to; }
    }

    @GetMapping("/self-assessment/organisation")
    @PreAuthorize("hasRole('MANAGER')")
    String organisation(@ModelAttribute("period") Period period, BindingResult result,
                        @RequestParam(defaultValue = "false") boolean items, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = read(period.getFrom(), "from", today.minusYears(2), result);
        LocalDate to = read(period.getTo(), "to", today, result);
        if (!result.hasErrors() && from.isAfter(to)) {
            result.rejectValue("to", "selfassessment.error.period.order");
        }
        var rows = result.hasErrors() ? List.<AssessmentOverviews.Row>of()
                : overviews.organisation(AssessmentPages.FRAMEWORK, from, to);
        model.addAttribute("rows", rows);
        model.addAttribute("view", OrganisationView.of(rows));
        model.addAttribute("items", items);
        model.addAttribute("fromDate", from);
        model.addAttribute("toDate", to);
        return "selfassessment/organisation";
    }

    private static LocalDate read(DateParts parts, String field, LocalDate otherwise, BindingResult result) {
        if (parts.isBlank()) {
            return otherwise;
        }
        return parts.toLocalDate().orElseGet(() -> {
            result.rejectValue(field, "selfassessment.error.period." + field);
            return otherwise;
        });
    }
}
