package org.oneplan.review.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, UUID> {

    @Query("select r from ReviewRequest r where r.personId = ?1 order by case when r.answeredOn is null then 0 else 1 end, "
            + "r.requestedOn desc, r.recordedAt desc")
    List<ReviewRequest> of(UUID personId);
}
