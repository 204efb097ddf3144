package org.oneplan.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CircleMemberRepository extends JpaRepository<CircleMember, UUID> {

    @Query("select m from CircleMember m where m.personId = ?1 and m.removedAt is null order by m.createdAt")
    List<CircleMember> currentCircleOf(UUID personId);

    @Query("select m from CircleMember m where m.id = ?1 and m.personId = ?2 and m.removedAt is null")
    Optional<CircleMember> findCurrent(UUID memberId, UUID personId);

    @Query("select distinct m.personId from CircleMember m "
            + "where m.userAccountId = ?1 and m.sharesRecord = true and m.removedAt is null")
    List<UUID> personIdsSharedWith(UUID accountId);
}
