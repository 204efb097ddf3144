package org.oneplan.access.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, UUID> {

    @Query("select count(f) from SignInFailure f where f.kind = ?1 and f.keyHash = ?2 and f.failedAt > ?3")
    long countSince(SignInFailure.Kind kind, String keyHash, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.kind = ?1 and f.keyHash = ?2")
    int deleteByKey(SignInFailure.Kind kind, String keyHash);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt <= ?1")
    int deleteUpTo(Instant cutoff);
}
