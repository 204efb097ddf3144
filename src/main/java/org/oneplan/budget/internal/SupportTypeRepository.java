package org.oneplan.budget.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportTypeRepository extends JpaRepository<SupportType, UUID> {

    @Query("select t from SupportType t order by t.position")
    List<SupportType> inOrder();

    Optional<SupportType> findByCode(String code);

    @Query("select coalesce(max(t.position), 0) from SupportType t")
    int lastPosition();
}
