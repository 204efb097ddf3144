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

    /** A team's own submitted assessments of one framework, oldest first. */
    @Query("""
            select a from Assessment a where a.teamId = ?1 and a.frameworkKey = ?2 and a.wholeOrganisation = false
            and a.status = org.oneplan.selfassessment.internal.Assessment.Status.SUBMITTED
            order by a.assessedOn, a.createdAt""")
    List<Assessment> submittedByTeam(UUID teamId, String frameworkKey);

    /** Submitted assessments of one framework in the organisations between two dates, newest first. */
    @Query("""
            select a from Assessment a where a.organisationId in ?1 and a.frameworkKey = ?2
            and a.status = org.oneplan.selfassessment.internal.Assessment.Status.SUBMITTED
            and a.assessedOn between ?3 and ?4 order by a.assessedOn desc, a.createdAt desc""")
    List<Assessment> submittedIn(Collection<UUID> organisationIds, String frameworkKey, java.time.LocalDate from,
                                 java.time.LocalDate to);

    /** Every answer's level for the assessments: triples of assessment id, item code and level, in one query. */
    @Query("select a.assessment.id, a.itemCode, a.level from Answer a where a.assessment.id in ?1")
    List<Object[]> levelsOf(Collection<UUID> assessmentIds);
}
