package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The review lists: each list's page one query, and the sizes of the lists two more (the three lists of schedules
 * counted together, then the requests), whatever the team's size. The caseload table belongs to the access module;
 * reading it here in SQL (as the people module's caseload search does) keeps a list one indexed query. Each list
 * starts from the teams' caseloads, so it reads as many rows as the teams hold people, however many other teams
 * there are; a person on several of the teams is taken once, by the first of them. {@code everyone} is true for a
 * team's list; otherwise only {@code people} are listed.
 */
interface ReviewQueries extends Repository<ReviewSchedule, UUID> {

    String SCOPE = " where c.team_id in (:teams)"
            + " and not exists (select 1 from caseload o where o.person_id = c.person_id and o.team_id in (:teams)"
            + " and o.team_id < c.team_id)"
            + " and (:everyone = true or c.person_id in (:people))";
    String SCHEDULES = " from caseload c join review_schedule s on s.person_id = c.person_id" + SCOPE;
    String REQUESTED = " from caseload c join review_request r on r.person_id = c.person_id" + SCOPE
            + " and r.answered_on is null";

    String OVERDUE = SCHEDULES + " and s.due_on < :today";
    String DUE = SCHEDULES + " and s.due_on >= :today and s.due_on <= :horizon";
    String NOT_REVIEWED = SCHEDULES + " and s.since_on < :since";

    String SCHEDULE_COLUMNS = "select cast(s.person_id as varchar) as personId, s.due_on as dueOn, s.since_on as sinceOn";
    String REQUEST_COLUMNS = "select cast(r.person_id as varchar) as personId, r.requested_on as requestedOn, "
            + "r.requested_by as requestedBy, r.requester_name as requesterName";

    @Query(value = SCHEDULE_COLUMNS + OVERDUE + " order by s.due_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> overdue(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                              @Param("people") Collection<UUID> people, @Param("today") LocalDate today, Pageable page);

    @Query(value = SCHEDULE_COLUMNS + DUE + " order by s.due_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> due(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                          @Param("people") Collection<UUID> people, @Param("today") LocalDate today,
                          @Param("horizon") LocalDate horizon, Pageable page);

    @Query(value = SCHEDULE_COLUMNS + NOT_REVIEWED + " order by s.since_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> notReviewed(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                                  @Param("people") Collection<UUID> people, @Param("since") LocalDate since,
                                  Pageable page);

    /** How many are overdue, due by {@code horizon} and not reviewed since {@code since}, in one pass. */
    @Query(value = "select count(case when s.due_on < :today then 1 end) as overdue, "
            + "count(case when s.due_on >= :today and s.due_on <= :horizon then 1 end) as due, "
            + "count(case when s.since_on < :since then 1 end) as notReviewed" + SCHEDULES, nativeQuery = true)
    ScheduleCounts countSchedules(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                                  @Param("people") Collection<UUID> people, @Param("today") LocalDate today,
                                  @Param("horizon") LocalDate horizon, @Param("since") LocalDate since);

    @Query(value = REQUEST_COLUMNS + REQUESTED + " order by r.requested_on, r.id", nativeQuery = true)
    List<RequestRow> requested(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                               @Param("people") Collection<UUID> people, Pageable page);

    @Query(value = "select count(*)" + REQUESTED, nativeQuery = true)
    long countRequested(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                        @Param("people") Collection<UUID> people);

    interface ScheduleCounts {
        long getOverdue();

        long getDue();

        long getNotReviewed();
    }

    /** Ids as text, as native queries do not agree across databases on how a UUID comes back. */
    interface ScheduleRow {
        String getPersonId();

        LocalDate getDueOn();

        LocalDate getSinceOn();
    }

    interface RequestRow {
        String getPersonId();

        LocalDate getRequestedOn();

        String getRequestedBy();

        String getRequesterName();
    }
}
