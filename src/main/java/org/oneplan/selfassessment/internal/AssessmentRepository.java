package org.oneplan.selfassessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    /** The assessment with its answers and participants, so it can be shown after the transaction ends. */
    @EntityGraph(attributePaths = {"answers", "participants"})
    @Query("select a from Assessment a where a.id = ?1")
    Optional<Assessment> findWhole(UUID id);

    /** The teams' own assessments, and the whole-organisation assessments of the given organisations. */
    @Query("""
            select a from Assessment a where a.teamId in ?1 or (a.wholeOrganisation = true and a.organisationId in ?2)
            order by a.assessedOn desc, a.createdAt desc""")
    List<Assessment> findForTeams(Collection<UUID> teamIds, Collection<UUID> organisationIds);

    /** How many items each assessment has answered: pairs of assessment id and count, in one query. */
    @Query("select a.assessment.id, count(a) from Answer a where a.assessment.id in ?1 group by a.assessment.id")
    List<Object[]> answeredCounts(Collection<UUID> assessmentIds);
}
