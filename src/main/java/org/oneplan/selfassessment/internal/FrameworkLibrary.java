package org.oneplan.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkSummary;
import org.oneplan.selfassessment.Frameworks;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores framework versions and reads them back. A stored version never changes, so each is parsed once
 * and kept in memory.
 */
@Service
public class FrameworkLibrary implements Frameworks {

    private final FrameworkVersionRepository versions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Framework> parsed = new ConcurrentHashMap<>();

    FrameworkLibrary(FrameworkVersionRepository versions, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FrameworkSummary> latest() {
        return versions.latestOfEach();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Framework> find(String key) {
        return versions.latestVersionOf(key).flatMap(version -> find(key, version));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Framework> find(String key, int version) {
        Framework known = parsed.get(id(key, version));
        if (known != null) {
            return Optional.of(known);
        }
        return versions.findByKeyAndVersion(key, version).map(row -> FrameworkFiles.read(row.content()))
                .filter(FrameworkFiles.Result::valid).map(read -> remember(read.framework()));
    }

    /**
     * Validates the file and, when it is valid and its key and version are new, stores it and records who
     * loaded it. Not transactional: the insert commits on its own, so a concurrent load of the same
     * version is reported as {@link FrameworkLoad.AlreadyStored}.
     */
    public FrameworkLoad load(byte[] file, String loadedBy) {
        FrameworkFiles.Result result = FrameworkFiles.read(file);
        if (!result.valid()) {
            return new FrameworkLoad.Invalid(result.problems());
        }
        Framework framework = result.framework();
        String text = new String(file, StandardCharsets.UTF_8);
        if (versions.existsByKeyAndVersion(framework.key(), framework.version())) {
            return alreadyStored(framework, text);
        }
        try {
            versions.saveAndFlush(new FrameworkVersion(framework.key(), framework.version(), framework.title(), text,
                    Instant.now(clock), loadedBy));
        } catch (DataIntegrityViolationException raced) {
            return alreadyStored(framework, text);
        }
        audit.record(AuditAction.CREATED, "Framework", null,
                "Loaded framework " + framework.key() + " version " + framework.version());
        return new FrameworkLoad.Stored(remember(framework));
    }

    private FrameworkLoad.AlreadyStored alreadyStored(Framework framework, String text) {
        boolean identical = versions.findByKeyAndVersion(framework.key(), framework.version())
                .map(stored -> stored.content().equals(text)).orElse(false);
        return new FrameworkLoad.AlreadyStored(framework.key(), framework.version(), identical);
    }

    private Framework remember(Framework framework) {
        parsed.putIfAbsent(id(framework.key(), framework.version()), framework);
        return framework;
    }

    private static String id(String key, int version) {
        return key + "@" + version;
    }
}
