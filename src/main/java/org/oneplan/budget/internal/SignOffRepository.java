package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.budget.SignOffStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignOffRepository extends JpaRepository<SignOff, UUID> {

    /** The person's latest sign-off. */
    @Query("select s from SignOff s where s.personId = ?1 order by s.firstSubmittedAt desc limit 1")
    Optional<SignOff> latest(UUID personId);

    /** A step of a sign-off's history, with its sign-off's person and first submission: see {@link SignOffFigures}. */
    interface HistoryRow {
        UUID getSignOffId();
        UUID getPersonId();
        Instant getFirstSubmittedAt();
        SignOffStatus.Kind getKind();
        Instant getTakenAt();
    }
}
