package org.oneplan.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, UUID> {

    @Query("select r from Review r where r.personId = ?1 order by r.reviewOn desc, r.openedAt desc")
    List<Review> of(UUID personId);

    @Query("select count(r) > 0 from Review r where r.personId = ?1 "
            + "and r.status <> org.oneplan.review.ReviewStatus.COMPLETED")
    boolean anyOpen(UUID personId);

    /** The reviews scheduled or in progress for any of the people: one query for a page of a list. */
    @Query("select r from Review r where r.personId in ?1 and r.status <> org.oneplan.review.ReviewStatus.COMPLETED")
    List<Review> openFor(Collection<UUID> personIds);
}
