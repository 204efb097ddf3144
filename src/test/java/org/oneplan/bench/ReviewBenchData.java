package org.oneplan.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@value #PEOPLE} people straight into the tables, in batches. Person {@code i} is on team 0 (the big team, the
 * first {@value #BIG_TEAM}) or on one of the others. Three in four have an agreed plan with {@value #ACTIONS} actions
 * and {@value #REVIEWS} reviews (300,000 of each); one in ten of them is overdue a review, one in ten due within four
 * weeks, one in eight not reviewed for a year; one in 25 people is waiting for an answer to a request for a review.
 * Every 20th person on the big team is coordinated by {@code coordinator}, and some practitioner actions there are theirs.
 */
final class ReviewBenchData {

    static final int PEOPLE = 100_000;
    static final int BIG_TEAM = 5_000;
    static final int ACTIONS = 4;
    static final int REVIEWS = 4;
    static final int BATCH = 5_000;
    static final String[] OWNERS = {"THE_PERSON", "SUPPORTER", "PRACTITIONER", "ORGANISATION"};
    static final String[] LAYERS = {"SELF_CARE", "FAMILY_AND_FRIENDS", "COMMUNITY", "UNIVERSAL_SERVICE"};
    static final String[] ASKERS = {"PERSON", "FAMILY_OR_CARER", "PROVIDER"};

    private final JdbcTemplate jdbc;
    private final List<UUID> teams;
    private final UUID coordinator;
    private final String coordinatorName;
    private final LocalDate today;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final List<UUID> otherCoordinators = IntStream.range(0, 400).mapToObj(n -> UUID.randomUUID()).toList();
    private final Rows rows = new Rows();

    ReviewBenchData(JdbcTemplate jdbc, List<UUID> teams, UUID coordinator, String coordinatorName, LocalDate today) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.coordinator = coordinator;
        this.coordinatorName = coordinatorName;
        this.today = today;
    }

    void seed() {
        for (int from = 0; from < PEOPLE; from += BATCH) {
            for (int i = from; i < from + BATCH; i++) {
                person(i);
            }
            rows.write(jdbc);
        }
    }

    private void person(int i) {
        UUID id = UUID.randomUUID();
        boolean big = i < BIG_TEAM;
        UUID team = teams.get(big ? 0 : 1 + (i - BIG_TEAM) % (teams.size() - 1));
        UUID coordinatedBy = big && i % 20 == 0 ? coordinator : i % 3 == 0 ? otherCoordinators.get(i % 400) : null;
        rows.people.add(new Object[] {id, "Given" + i % 500, CaseloadSearchBench.FAMILY[i % 16],
            LocalDate.of(1930 + i % 70, 1 + i % 12, 1 + i % 28), coordinatedBy == null ? null : "STAFF", coordinatedBy,
            now, now});
        rows.caseload.add(new Object[] {id, team, now});
        LocalDate since = today.minusDays(i % 8 == 0 ? 370 + i % 200 : 20 + i % 300);
        boolean plan = i % 4 != 3;
        Answer answer = plan && i % 25 == 1 ? new Answer(UUID.randomUUID(), UUID.randomUUID()) : null;
        if (i % 25 == 0 || answer != null) {
            request(i, id, since, answer);
        }
        if (plan) {
            plan(i, id, big, since);
            reviews(i, id, since, answer);
        }
    }

    /** Waiting for an answer, or answered by a review held on {@code since}. */
    private void request(int i, UUID person, LocalDate since, Answer answer) {
        boolean waiting = answer == null;
        String asker = ASKERS[i % 3];
        rows.requests.add(new Object[] {waiting ? UUID.randomUUID() : answer.request, person, asker, asker.equals("PERSON") ? null : "Asker " + i,
            waiting ? today.minusDays(i % 30) : since.minusDays(20), "Things have changed at home",
            waiting ? null : "We will review", waiting ? null : since.minusDays(15), waiting ? null : "bench",
            waiting ? null : answer.review, "bench", now, 0});
    }

    /** Agreed at the last review ({@code since}); one in ten has an action added since, which the lists leave out. */
    private void plan(int i, UUID person, boolean big, LocalDate since) {
        UUID plan = UUID.randomUUID();
        OffsetDateTime agreedAt = since.atTime(12, 0).atOffset(ZoneOffset.UTC);
        rows.plans.add(new Object[] {plan, person, "AGREED", "bench", agreedAt});
        rows.versions.add(new Object[] {UUID.randomUUID(), plan, 1, "[]", "bench", agreedAt, "bench"});
        for (int k = 0; k < ACTIONS; k++) {
            UUID action = UUID.randomUUID();
            String owner = OWNERS[(i + k) % OWNERS.length];
            String name = switch (owner) {
                case "PRACTITIONER" -> big && i % 5 == 0 ? (i % 2 == 0 ? coordinatorName : coordinatorName + ", OT")
                        : "Sam Practitioner " + i % 40;
                case "SUPPORTER" -> "Daughter";
                case "ORGANISATION" -> "Day centre";
                default -> null;
            };
            OffsetDateTime added = k == 3 && i % 10 == 0 ? agreedAt.plusDays(1) : agreedAt.minusHours(1);
            rows.actions.add(new Object[] {action, plan, "Action " + k + " for person " + i, owner, name,
                today.plusDays((i * 7L + k * 53L) % 240 - 120), LAYERS[k], added, "bench", added});
            String status = k == 1 ? "IN_PROGRESS" : k == 2 && i % 3 == 0 ? "DONE"
                    : k == 3 && i % 7 == 0 ? "NO_LONGER_NEEDED" : null;
            if (status != null) {
                rows.progress.add(new Object[] {action, plan, status, k == 3 ? "Moved away" : null, "bench", now});
            }
        }
        LocalDate due = i % 10 == 0 ? today.minusDays(1 + i % 90) : i % 10 == 1 ? today.plusDays(i % 28)
                : today.plusDays(29 + i % 150);
        rows.schedules.add(new Object[] {person, since.minusDays(600), since, 1, due, false, since, since, 0});
    }

    /** Three reviews completed 180 days apart, the last on {@code since}; a fourth scheduled, being held or long past. */
    private void reviews(int i, UUID person, LocalDate since, Answer answer) {
        for (int k = 0; k < REVIEWS; k++) {
            boolean open = k == 3 && (i % 10 == 1 || i % 20 == 0);
            String status = !open ? "COMPLETED" : i % 10 == 1 ? "SCHEDULED" : "IN_PROGRESS";
            LocalDate on = k < 3 ? since.minusDays(180L * (2 - k)) : !open ? since.minusDays(540)
                    : i % 10 == 1 ? today.plusDays(1 + i % 28) : today.minusDays(3);
            boolean requested = k == 2 && answer != null;
            String type = requested ? "REQUESTED" : k == 1 && i % 12 == 0 ? "UNPLANNED" : "PLANNED";
            rows.reviews.add(new Object[] {requested ? answer.review : UUID.randomUUID(), person, UUID.randomUUID(), type,
                status, on, type.equals("UNPLANNED") ? "A fall at home" : null, requested ? answer.request : null,
                open ? null : on,
                open ? null : "bench", "bench", now, 0});
        }
    }

    /** A request for a review and the review that answered it. */
    private record Answer(UUID request, UUID review) {
    }

    /** One batch of each table's rows, written in the order their foreign keys need. */
    private static final class Rows {
        final List<Object[]> people = new ArrayList<>();
        final List<Object[]> caseload = new ArrayList<>();
        final List<Object[]> requests = new ArrayList<>();
        final List<Object[]> plans = new ArrayList<>();
        final List<Object[]> versions = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> progress = new ArrayList<>();
        final List<Object[]> schedules = new ArrayList<>();
        final List<Object[]> reviews = new ArrayList<>();

        void write(JdbcTemplate jdbc) {
            insert(jdbc, "person (id, given_name, family_name, date_of_birth, coordinator_kind, coordinator_user_id, "
                    + "created_at, updated_at)", people);
            insert(jdbc, "caseload (person_id, team_id, added_at)", caseload);
            insert(jdbc, "care_plan (id, person_id, status, started_by, started_at)", plans);
            insert(jdbc, "plan_version (id, plan_id, number, content, content_hash, agreed_at, recorded_by)", versions);
            insert(jdbc, "plan_action (id, plan_id, text, owner_kind, owner_name, due_date, layer, added_at, written_by, "
                    + "written_at)", actions);
            insert(jdbc, "action_progress (action_id, plan_id, status, reason, changed_by, changed_at)", progress);
            insert(jdbc, "review_schedule (person_id, first_agreed_on, last_agreed_on, last_version, due_on, "
                    + "first_review, last_reviewed_on, since_on, version)", schedules);
            insert(jdbc, "review_request (id, person_id, requested_by, requester_name, requested_on, why, response, "
                    + "answered_on, answered_by, review_id, recorded_by, recorded_at, version)", requests);
            insert(jdbc, "review (id, person_id, reference, type, status, review_on, what_happened, request_id, "
                    + "completed_on, completed_by, opened_by, opened_at, version)", reviews);
        }

        /** {@code table} names the table and its columns, one value in each row for each column. */
        private static void insert(JdbcTemplate jdbc, String table, List<Object[]> rows) {
            String values = String.join(", ", Collections.nCopies(table.split(",").length, "?"));
            jdbc.batchUpdate("insert into " + table + " values (" + values + ")", rows);
            rows.clear();
        }
    }
}
