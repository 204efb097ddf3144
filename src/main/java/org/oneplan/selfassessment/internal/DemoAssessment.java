package org.oneplan.selfassessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.Capacity;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.Participant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: North Locality Team's Progress self-assessments from two years and one year ago, and
 * South's from last year, all submitted, so that a new one can be compared with them (or started from a
 * copy of the last), and the team history and organisation view have something to show.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAssessment implements ApplicationRunner {

    /** Last year's levels, item by item in the framework's order: mostly 2 and 3, a few 1s and 4s. */
    private static final int[] LEVELS = {3, 2, 2, 3, 3, 2, 2, 1, 3, 2, 2, 1, 2, 3, 2, 1, 2,
        3, 3, 2, 4, 3, 2, 2, 3, 2, 3, 2, 2, 1, 2,
        3, 2, 2, 4, 1, 2, 3, 2, 2};

    private final AssessmentRepository assessments;
    private final FrameworkLibrary frameworks;
    private final Teams teams;
    private final Clock clock;

    DemoAssessment(AssessmentRepository assessments, FrameworkLibrary frameworks, Teams teams, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var north = teams.active().stream().filter(t -> t.name().equals("North Locality Team")).findFirst();
        var south = teams.active().stream().filter(t -> t.name().equals("South Locality Team")).findFirst();
        Framework progress = frameworks.find("progress-pcsp").orElse(null);
        if (north.isEmpty() || south.isEmpty() || progress == null
                || !assessments.findForTeams(List.of(north.get().id()), List.of()).isEmpty()) {
            return;
        }
        List<Participant> northPeople = List.of(new Participant("Margaret Okafor", Capacity.LIVED_EXPERIENCE),
                new Participant("David Okafor", Capacity.CARER), new Participant("Sam Patel", Capacity.FRONT_LINE_STAFF),
                new Participant("Helen Shaw", Capacity.MANAGER));
        submitted(progress, north.get(), "North Locality Team, two years ago", 2, northPeople, level -> Math.max(1, level - 1));
        submitted(progress, north.get(), "North Locality Team, last year", 1, northPeople, level -> level);
        submitted(progress, south.get(), "South Locality Team, last year", 1,
                List.of(new Participant("Priya Shah", Capacity.LIVED_EXPERIENCE),
                        new Participant("Tom Reid", Capacity.FRONT_LINE_STAFF),
                        new Participant("Helen Shaw", Capacity.MANAGER)),
                level -> Math.min(4, level + (level % 2)));
    }

    private void submitted(Framework progress, Teams.TeamSummary team, String name, int yearsAgo,
                           List<Participant> people, java.util.function.IntUnaryOperator adjust) {
        Instant then = Instant.now(clock).minusSeconds(yearsAgo * 365L * 24 * 3600);
        Assessment a = new Assessment(progress, new Assessment.Scope(team.id(), team.organisationId(), false), name,
                LocalDate.now(clock).minusYears(yearsAgo), people, "manager", then);
        List<FrameworkItem> items = progress.items().toList();
        for (int i = 0; i < items.size(); i++) {
            a.answer(progress, items.get(i).code(), adjust.applyAsInt(LEVELS[i % LEVELS.length]), null, null, false,
                    null, "manager", then);
        }
        a.submit(progress, then);
        assessments.save(a);
    }
}
