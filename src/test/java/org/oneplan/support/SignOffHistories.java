package org.oneplan.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People on teams' caseloads, each with a plan and a sign-off history written straight into the tables in batches
 * (not through the services, so that thousands take seconds): exactly {@code steps} steps a person, ending up to 30
 * days ago and going back a year or more. A history is sign-offs one after another, each sent, perhaps returned
 * and sent again, perhaps signed by a first of two authorisers, and signed off; where the steps run out, the last
 * one is with the authoriser, returned or signed off. Person {@code i} is on team {@code i % teams}, and every tenth
 * person on the next team too. The same seed makes the same histories.
 */
public final class SignOffHistories {

    /** What was written: how many people, sign-offs, steps, and sign-offs now with the authoriser. */
    public record Seeded(List<UUID> people, int signOffs, int steps, int waiting) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Instant now;
    private final List<Object[]> signOffs = new ArrayList<>();
    private final List<Object[]> steps = new ArrayList<>();
    private int waiting;

    private SignOffHistories(JdbcTemplate jdbc, long seed, Instant now) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.now = now;
    }

    public static Seeded seed(JdbcTemplate jdbc, List<UUID> teams, int people, int stepsEach, long seed) {
        return new SignOffHistories(jdbc, seed, Instant.now()).write(teams, people, stepsEach);
    }

    private Seeded write(List<UUID> teams, int count, int stepsEach) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> caseload = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (int i = 0; i < count; i++) {
            UUID person = UUID.randomUUID();
            UUID plan = UUID.randomUUID();
            ids.add(person);
            persons.add(new Object[] {person, "Given" + i, "Waiting " + (char) ('A' + i % 26), at, at});
            caseload.add(new Object[] {person, teams.get(i % teams.size()), at});
            if (i % 10 == 0 && teams.size() > 1) {
                caseload.add(new Object[] {person, teams.get((i + 1) % teams.size()), at});
            }
            plans.add(new Object[] {plan, person, at});
            history(plan, person, stepsEach);
        }
        jdbc.batchUpdate("insert into person (id, given_name, family_name, created_at, updated_at) values (?, ?, ?, ?, ?)",
                persons);
        jdbc.batchUpdate("insert into caseload (person_id, team_id, added_at) values (?, ?, ?)", caseload);
        jdbc.batchUpdate("insert into care_plan (id, person_id, status, started_by, started_at, version) "
                + "values (?, ?, 'AGREED', 'seed', ?, 0)", plans);
        jdbc.batchUpdate("insert into sign_off (id, plan_id, person_id, stage, content_hash, authorisers_needed, "
                + "first_signed_by, first_submitted_at, submitted_at, submitted_by, decided_at, version) "
                + "values (?, ?, ?, ?, 'h', ?, ?, ?, ?, 'seed', ?, 0)", signOffs);
        jdbc.batchUpdate("insert into sign_off_step (id, sign_off_id, seq, kind, taken_at, taken_by, taken_by_name, "
                + "content_hash) values (?, ?, ?, ?, ?, 'seed', 'Seed', 'h')", steps);
        return new Seeded(ids, signOffs.size(), steps.size(), waiting);
    }

    /** One plan's {@code count} steps, laid out from the earliest; the last is up to 30 days ago. */
    private void history(UUID plan, UUID person, int count) {
        List<String> kinds = kinds(count);
        List<Instant> times = new ArrayList<>();
        Instant at = now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
        for (int i = count - 1; i >= 0; i--) {
            times.add(0, at);
            boolean between = i > 0 && kinds.get(i).equals("SUBMITTED");
            at = at.minus(Duration.ofHours(between ? 24 * (30 + random.nextInt(240)) : 2 + random.nextInt(24 * 12)));
        }
        int start = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || kinds.get(i).equals("SUBMITTED")) {
                signOff(plan, person, kinds.subList(start, i), times.subList(start, i));
                start = i;
            }
        }
    }

    /** Sent, returned and sent again none to two times, perhaps a first of two sign-offs, then signed off; again. */
    private List<String> kinds(int count) {
        List<String> kinds = new ArrayList<>();
        while (kinds.size() < count) {
            kinds.add("SUBMITTED");
            for (int r = random.nextInt(3); r > 0; r--) {
                kinds.add("RETURNED");
                kinds.add("RESUBMITTED");
            }
            if (random.nextInt(5) == 0) {
                kinds.add("FIRST_SIGN_OFF");
            }
            kinds.add("SIGNED_OFF");
        }
        return kinds.subList(0, count);
    }

    private void signOff(UUID plan, UUID person, List<String> kinds, List<Instant> times) {
        UUID id = UUID.randomUUID();
        String last = kinds.get(kinds.size() - 1);
        String stage = last.equals("SIGNED_OFF") ? "SIGNED_OFF" : last.equals("RETURNED") ? "RETURNED" : "WITH_AUTHORISER";
        waiting += stage.equals("WITH_AUTHORISER") ? 1 : 0;
        int sent = Math.max(kinds.lastIndexOf("SUBMITTED"), kinds.lastIndexOf("RESUBMITTED"));
        boolean two = kinds.contains("FIRST_SIGN_OFF");
        Timestamp decided = stage.equals("WITH_AUTHORISER") ? null : Timestamp.from(times.get(times.size() - 1));
        signOffs.add(new Object[] {id, plan, person, stage, two ? 2 : 1, last.equals("FIRST_SIGN_OFF") ? "first" : null,
            Timestamp.from(times.get(0)), Timestamp.from(times.get(sent)), decided});
        for (int i = 0; i < kinds.size(); i++) {
            steps.add(new Object[] {UUID.randomUUID(), id, i, kinds.get(i), Timestamp.from(times.get(i))});
        }
    }
}
