package org.oneplan.access.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, UUID> {

    @Query("select t from SetupToken t where t.tokenHash = ?1")
    Optional<SetupToken> findByTokenHash(String tokenHash);

    /** Locks the token so two people cannot both complete setup with one link. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SetupToken t where t.tokenHash = ?1")
    Optional<SetupToken> lockByTokenHash(String tokenHash);
}
