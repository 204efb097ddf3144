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
 * The review lists: each list's page one query and its size another, whatever the team's size. The caseload table
 * belongs to the access module; reading it here in SQL (as the people module's caseload search does) keeps a list one
 * indexed query. {@code everyone} is true for a team's list; otherwise only {@code people} are listed.
 */
interface ReviewQueries extends Repository<ReviewSchedule, UUID> {

    String SCHEDULE_SCOPE = " exists (select 1 from caseload c where c.person_id = s.person_id and c.team_id in (:teams))"
            + " and (:everyone = true or s.person_id in (:people))";
    String REQUEST_SCOPE = " exists (select 1 from caseload c where c.person_id = r.person_id and c.team_id in (:teams))"
            + " and (:everyone = true or r.person_id in (:people))";

    String OVERDUE = " from review_schedule s where s.due_on < :today and" + SCHEDULE_SCOPE;
    String DUE = " from review_schedule s where s.due_on >= :today and s.due_on <= :horizon and" + SCHEDULE_SCOPE;
    String NOT_REVIEWED = " from review_schedule s where s.since_on < :since and" + SCHEDULE_SCOPE;
    String REQUESTED = " from review_request r where r.answered_on is null and" + REQUEST_SCOPE;

    String SCHEDULE_COLUMNS = "select cast(s.person_id as varchar) as personId, s.due_on as dueOn, s.since_on as sinceOn";
    String REQUEST_COLUMNS = "select cast(r.person_id as varchar) as personId, r.requested_on as requestedOn, "
            + "r.requested_by as requestedBy, r.requester_name as requesterName";

    @Query(value = SCHEDULE_COLUMNS + OVERDUE + " order by s.due_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> overdue(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                              @Param("people") Collection<UUID> people, @Param("today") LocalDate today, Pageable page);

    @Query(value = "select count(*)" + OVERDUE, nativeQuery = true)
    long countOverdue(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                      @Param("people") Collection<UUID> people, @Param("today") LocalDate today);

    @Query(value = SCHEDULE_COLUMNS + DUE + " order by s.due_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> due(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                          @Param("people") Collection<UUID> people, @Param("today") LocalDate today,
                          @Param("horizon") LocalDate horizon, Pageable page);

    @Query(value = "select count(*)" + DUE, nativeQuery = true)
    long countDue(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                  @Param("people") Collection<UUID> people, @Param("today") LocalDate today,
                  @Param("horizon") LocalDate horizon);

    @Query(value = SCHEDULE_COLUMNS + NOT_REVIEWED + " order by s.since_on, s.person_id", nativeQuery = true)
    List<ScheduleRow> notReviewed(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                                  @Param("people") Collection<UUID> people, @Param("since") LocalDate since,
                                  Pageable page);

    @Query(value = "select count(*)" + NOT_REVIEWED, nativeQuery = true)
    long countNotReviewed(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                          @Param("people") Collection<UUID> people, @Param("since") LocalDate since);

    @Query(value = REQUEST_COLUMNS + REQUESTED + " order by r.requested_on, r.id", nativeQuery = true)
    List<RequestRow> requested(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                               @Param("people") Collection<UUID> people, Pageable page);

    @Query(value = "select count(*)" + REQUESTED, nativeQuery = true)
    long countRequested(@Param("teams") Collection<UUID> teams, @Param("everyone") boolean everyone,
                        @Param("people") Collection<UUID> people);

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
