package org.oneplan.planning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The actions due lists, each page one query and its count another. The caseload table belongs to the access
 * module; reading it here in SQL (as the people module's caseload search does) keeps a list one indexed query
 * however many people a team holds. Each list starts from the teams' caseloads, so it reads as many rows as the teams
 * hold people, however many other teams there are; a person on several of the teams is taken once, by the first of
 * them. An action counts once an agreed version of its plan holds it.
 */
interface DueQueries extends Repository<PlanAction, UUID> {

    String STATUS = "coalesce(s.status, 'NOT_STARTED')";

    String DUE = """
            from caseload c
            join care_plan p on p.person_id = c.person_id
            join plan_action a on a.plan_id = p.id
            left join action_progress s on s.action_id = a.id
            where c.team_id in (:teams)
              and not exists (select 1 from caseload o where o.person_id = c.person_id and o.team_id in (:teams)
                              and o.team_id < c.team_id)
              and a.removed_at is null
              and a.due_date <= :horizon
              and exists (select 1 from plan_version v where v.plan_id = a.plan_id and v.agreed_at >= a.added_at)
              and (cast(:owner as varchar) is null or a.owner_kind = :owner)
              and coalesce(s.status, 'NOT_STARTED') in (:statuses)
            """;

    /** The caller's own practitioner actions, by their name (alone or followed by more words), and their people's. */
    String MINE = """
              and ((a.owner_kind = 'PRACTITIONER' and (lower(a.owner_name) = :name
                    or lower(a.owner_name) like :nameThenSpace escape '!' or lower(a.owner_name) like :nameThenComma escape '!'))
                   or p.person_id in (:coordinated))
            """;

    String COLUMNS = "select cast(a.id as varchar) as actionId, cast(p.person_id as varchar) as personId, "
            + "a.text as text, a.owner_kind as ownerKind, a.owner_name as ownerName, a.due_date as dueDate, "
            + STATUS + " as status ";

    /** Overdue first (the earliest due first), then the rest by due date. */
    String ORDER = " order by case when a.due_date < :today and " + STATUS
            + " in ('NOT_STARTED', 'IN_PROGRESS') then 0 else 1 end, a.due_date, a.id";

    @Query(value = COLUMNS + DUE + ORDER, countQuery = "select count(*) " + DUE, nativeQuery = true)
    Page<DueRow> due(@Param("teams") Collection<UUID> teams, @Param("horizon") LocalDate horizon,
                     @Param("owner") String owner, @Param("statuses") Collection<String> statuses,
                     @Param("today") LocalDate today, Pageable pageable);

    @Query(value = COLUMNS + DUE + MINE + ORDER, countQuery = "select count(*) " + DUE + MINE, nativeQuery = true)
    Page<DueRow> mine(@Param("teams") Collection<UUID> teams, @Param("horizon") LocalDate horizon,
                      @Param("owner") String owner, @Param("statuses") Collection<String> statuses,
                      @Param("today") LocalDate today, @Param("name") String name,
                      @Param("nameThenSpace") String nameThenSpace, @Param("nameThenComma") String nameThenComma,
                      @Param("coordinated") Collection<UUID> coordinated, Pageable pageable);

    @Query(value = "select count(*) " + DUE + MINE, nativeQuery = true)
    long countMine(@Param("teams") Collection<UUID> teams, @Param("horizon") LocalDate horizon,
                   @Param("owner") String owner, @Param("statuses") Collection<String> statuses,
                   @Param("name") String name, @Param("nameThenSpace") String nameThenSpace,
                   @Param("nameThenComma") String nameThenComma, @Param("coordinated") Collection<UUID> coordinated);

    /** One row: ids as text, as native queries do not agree across databases on how a UUID comes back. */
    interface DueRow {
        String getActionId();

        String getPersonId();

        String getText();

        String getOwnerKind();

        String getOwnerName();

        LocalDate getDueDate();

        String getStatus();
    }
}
