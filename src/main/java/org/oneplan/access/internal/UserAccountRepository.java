package org.oneplan.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where u.username = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u where lower(u.username) like lower(concat('%', ?1, '%')) "
            + "or lower(u.displayName) like lower(concat('%', ?1, '%'))")
    Page<UserAccount> search(String text, Pageable pageable);

    @Query("select distinct u from UserAccount u join u.teamIds t where t in ?1 and u.active = true order by u.displayName")
    List<UserAccount> findActiveInTeams(Collection<UUID> teamIds);
}
