package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The queue and the dashboard, each a few queries whatever the number of teams, people or steps. The caseload table
 * belongs to the access module; reading it here in SQL (as the review lists and the actions due do) scopes a list
 * by the caller's teams in one indexed query instead of a list of every person on them. A dashboard query gives a
 * row for each team and a last row (no team) for all of them, in which a person on two teams counts once.
 */
interface SignOffQueries extends Repository<SignOff, UUID> {

    String ON_TEAMS = " exists (select 1 from caseload c where c.person_id = s.person_id and c.team_id in (:teams))";
    String BY_TEAM = " join caseload c on c.person_id = s.person_id and c.team_id in (:teams)";
    String WAITING = " from sign_off s where s.stage = 'WITH_AUTHORISER' and";

    /** The plans with the authoriser of people on the teams' caseloads, longest waiting first. */
    @Query(value = "select s.*" + WAITING + ON_TEAMS + " order by s.submitted_at, s.id",
            countQuery = "select count(*)" + WAITING + ON_TEAMS, nativeQuery = true)
    Page<SignOff> waiting(@Param("teams") Collection<UUID> teams, Pageable pageable);

    String BANDS = "sum(case when s.submitted_at >= :from5 then 1 else 0 end) as upTo5, "
            + "sum(case when s.submitted_at < :from5 and s.submitted_at >= :from10 then 1 else 0 end) as upTo10, "
            + "sum(case when s.submitted_at < :from10 then 1 else 0 end) as over10";

    /** How many plans wait with the authoriser by band: sent on or after {@code from5}, on or after {@code from10}, before. */
    @Query(value = "select cast(c.team_id as varchar) as teamId, " + BANDS + " from sign_off s" + BY_TEAM
            + " where s.stage = 'WITH_AUTHORISER' group by c.team_id"
            + " union all select cast(null as varchar), " + BANDS + WAITING + ON_TEAMS, nativeQuery = true)
    List<WaitingRow> waitingByBand(@Param("teams") Collection<UUID> teams, @Param("from5") Instant from5,
                                   @Param("from10") Instant from10);

    String STEPS = " from sign_off_step st join sign_off s on s.id = st.sign_off_id";
    String SENT_OR_RETURNED = " where st.kind in ('SUBMITTED', 'RETURNED') and st.taken_at >= :since";
    String RETURNS = "sum(case when st.kind = 'SUBMITTED' then 1 else 0 end) as sent, "
            + "count(distinct case when st.kind = 'RETURNED' then st.sign_off_id end) as returnedPlans, "
            + "sum(case when st.kind = 'RETURNED' then 1 else 0 end) as returns";

    /**
     * Since {@code since}: how many plans were sent (a sign-off is sent, as SUBMITTED, once: later sendings are
     * RESUBMITTED), how many of them were returned, and how many returns.
     */
    @Query(value = "select cast(c.team_id as varchar) as teamId, " + RETURNS + STEPS + BY_TEAM + SENT_OR_RETURNED
            + " group by c.team_id union all select cast(null as varchar), " + RETURNS + STEPS + SENT_OR_RETURNED
            + " and" + ON_TEAMS, nativeQuery = true)
    List<ReturnsRow> returns(@Param("teams") Collection<UUID> teams, @Param("since") Instant since);

    /**
     * Every sign-off since {@code since}, once for each of the teams holding the person: the team's id and the
     * sign-off's (as text), when the plan was first sent and when it was signed off (as the driver gives them: an
     * instant, an offset date-time or a timestamp). Only these columns, and as arrays rather than projections, as
     * there can be thousands and working days from one time to the other need the bank holidays.
     */
    @Query(value = "select cast(c.team_id as varchar), cast(s.id as varchar), s.first_submitted_at, st.taken_at"
            + STEPS + BY_TEAM + " where st.kind = 'SIGNED_OFF' and st.taken_at >= :since", nativeQuery = true)
    List<Object[]> signedOff(@Param("teams") Collection<UUID> teams, @Param("since") Instant since);

    /** Ids as text, as native queries do not agree across databases on how a UUID comes back; no team for all. */
    interface WaitingRow {
        String getTeamId();

        Long getUpTo5();

        Long getUpTo10();

        Long getOver10();
    }

    interface ReturnsRow {
        String getTeamId();

        Long getSent();

        Long getReturnedPlans();

        Long getReturns();
    }

}
