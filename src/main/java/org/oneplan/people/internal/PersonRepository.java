package org.oneplan.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    /** The caseload table belongs to the access module; reading it here in SQL keeps the search one indexed query. */
    String MATCHING = """
            from person p
            where exists (select 1 from caseload c where c.person_id = p.id and c.team_id in (:teams))
              and (cast(:name as varchar) is null
                   or lower(p.given_name) like :name or lower(p.family_name) like :name
                   or lower(p.preferred_name) like :name
                   or lower(concat(p.given_name, ' ', p.family_name)) like :name)
              and (cast(:nhs as varchar) is null or p.nhs_number = :nhs)
              and (cast(:dob as date) is null or p.date_of_birth = :dob)
            """;

    /** People on any of the given teams' caseloads matching every given criterion, by name. */
    @Query(value = "select cast(p.id as varchar) as id, p.given_name as givenName, p.family_name as familyName, "
            + "p.preferred_name as preferredName, p.date_of_birth as dateOfBirth, p.nhs_number as nhsNumber "
            + MATCHING + " order by lower(p.family_name), lower(p.given_name), p.id",
            countQuery = "select count(*) " + MATCHING, nativeQuery = true)
    Page<PersonRow> searchCaseloads(@Param("teams") Collection<UUID> teams, @Param("name") String namePattern,
                                 @Param("nhs") String nhsNumber, @Param("dob") LocalDate dateOfBirth,
                                 Pageable pageable);

    Page<Person> findByIdIn(Collection<UUID> ids, Pageable pageable);

    String ON_CASELOADS = "exists (select 1 from caseload c where c.person_id = p.id and c.team_id in (:teams))";

    @Query(value = "select cast(p.id as varchar) as id, p.given_name as givenName, p.family_name as familyName, "
            + "p.preferred_name as preferredName, p.date_of_birth as dateOfBirth, p.nhs_number as nhsNumber "
            + "from person p where p.id in (:ids) and " + ON_CASELOADS, nativeQuery = true)
    List<PersonRow> onCaseloadsAmong(@Param("ids") Collection<UUID> ids, @Param("teams") Collection<UUID> teams);

    /** As text, like {@link PersonRow#getId()}. */
    @Query(value = "select cast(p.id as varchar) from person p where p.coordinator_kind = 'STAFF' "
            + "and p.coordinator_user_id = :account and " + ON_CASELOADS, nativeQuery = true)
    List<String> coordinatedBy(@Param("account") UUID accountId, @Param("teams") Collection<UUID> teams);
}
