package org.oneplan.selfassessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.selfassessment.FrameworkSummary;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface FrameworkVersionRepository extends Repository<FrameworkVersion, UUID> {

    FrameworkVersion saveAndFlush(FrameworkVersion version);

    long count();

    boolean existsByKeyAndVersion(String key, int version);

    Optional<FrameworkVersion> findByKeyAndVersion(String key, int version);

    @Query("select max(f.version) from FrameworkVersion f where f.key = :key")
    Optional<Integer> latestVersionOf(@Param("key") String key);

    @Query("""
            select new org.oneplan.selfassessment.internal.StoredVersion(f.key, f.version, f.title, f.loadedAt, f.loadedBy)
            from FrameworkVersion f where f.key = :key order by f.version desc""")
    List<StoredVersion> versionsOf(@Param("key") String key);

    @Query("""
            select new org.oneplan.selfassessment.internal.StoredVersion(f.key, f.version, f.title, f.loadedAt, f.loadedBy)
            from FrameworkVersion f
            where f.version = (select max(g.version) from FrameworkVersion g where g.key = f.key)
            order by lower(f.title), f.key""")
    List<StoredVersion> latestStoredOfEach();

    @Query("""
            select new org.oneplan.selfassessment.FrameworkSummary(f.key, f.version, f.title)
            from FrameworkVersion f
            where f.version = (select max(g.version) from FrameworkVersion g where g.key = f.key)
            order by f.key""")
    List<FrameworkSummary> latestOfEach();
}
