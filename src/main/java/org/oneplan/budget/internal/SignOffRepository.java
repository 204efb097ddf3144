package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.budget.SignOffStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignOffRepository extends JpaRepository<SignOff, UUID> {

    /** The person's latest sign-off. */
    @Query("select s from SignOff s where s.personId = ?1 order by s.firstSubmittedAt desc limit 1")
    Optional<SignOff> latest(UUID personId);

    /** The people's sign-offs at the stage, longest waiting first, without their history. */
    @Query(value = "select s from SignOff s where s.stage = ?1 and s.personId in ?2 order by s.submittedAt, s.id",
            countQuery = "select count(s) from SignOff s where s.stage = ?1 and s.personId in ?2")
    Page<SignOff> atStage(SignOffStatus.Stage stage, Collection<UUID> personIds, Pageable pageable);

    /** Every step since {@code since} of the people's sign-offs, for the dashboard. */
    @Query("select s.id as signOffId, s.personId as personId, s.firstSubmittedAt as firstSubmittedAt, "
            + "st.kind as kind, st.takenAt as takenAt from SignOffStep st join st.signOff s "
            + "where s.personId in ?1 and st.takenAt >= ?2")
    List<HistoryRow> history(Collection<UUID> personIds, Instant since);

    /** When each of the people's plans now with the authoriser was sent. */
    @Query("select s.personId as personId, s.submittedAt as submittedAt from SignOff s "
            + "where s.stage = ?1 and s.personId in ?2")
    List<WaitingRow> waiting(SignOffStatus.Stage stage, Collection<UUID> personIds);

    interface HistoryRow {
        UUID getSignOffId();
        UUID getPersonId();
        Instant getFirstSubmittedAt();
        SignOffStatus.Kind getKind();
        Instant getTakenAt();
    }

    interface WaitingRow {
        UUID getPersonId();
        Instant getSubmittedAt();
    }
}
