package org.oneplan.review.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInNoteRepository extends JpaRepository<CheckInNote, UUID> {

    @Query("select c from CheckInNote c where c.personId = ?1 order by c.happenedOn desc, c.writtenAt desc")
    List<CheckInNote> of(UUID personId);
}
