package org.oneplan.notifications.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, UUID> {

    @Query("""
            select m.id from OutboxMessage m where m.status = org.oneplan.notifications.internal.OutboxMessage.Status.QUEUED
            and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt""")
    List<UUID> dueIds(Instant now, Pageable first);

    /**
     * Claims one message if it is still due and unclaimed (or its claim has run out). The condition is checked
     * again by the database on the locked row, so of two senders racing for it only one gets 1.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxMessage m set m.claimedBy = :claim, m.claimedUntil = :until, m.version = m.version + 1
            where m.id = :id and m.status = org.oneplan.notifications.internal.OutboxMessage.Status.QUEUED
            and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(UUID id, String claim, Instant now, Instant until);

    Page<OutboxMessage> findByPersonIdIn(Collection<UUID> personIds, Pageable pageable);

    long countByStatusAndPersonIdIn(OutboxMessage.Status status, Collection<UUID> personIds);

    long countByStatus(OutboxMessage.Status status);
}
