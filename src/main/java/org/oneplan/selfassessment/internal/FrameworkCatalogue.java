package org.oneplan.selfassessment.internal;

import java.util.List;
import java.util.Optional;
import org.oneplan.selfassessment.Framework;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a system administrator sees of the stored frameworks: every version, and the files as loaded. */
@Service
public class FrameworkCatalogue {

    private final FrameworkVersionRepository versions;
    private final FrameworkLibrary library;

    FrameworkCatalogue(FrameworkVersionRepository versions, FrameworkLibrary library) {
        this.versions = versions;
        this.library = library;
    }

    /** The latest version of a framework with how many items it has. */
    public record Listed(StoredVersion latest, long items) {
    }

    /** A stored file, named for downloading. */
    public record Source(String fileName, String text) {
    }

    /** The latest version of each framework, by title. */
    @Transactional(readOnly = true)
    public List<Listed> frameworks() {
        return versions.latestStoredOfEach().stream().map(latest -> new Listed(latest,
                library.find(latest.key(), latest.version()).map(f -> f.items().count()).orElse(0L))).toList();
    }

    /** Every version of the framework, newest first; empty when there is no such framework. */
    @Transactional(readOnly = true)
    public List<StoredVersion> versionsOf(String key) {
        return versions.versionsOf(key);
    }

    @Transactional(readOnly = true)
    public Optional<Framework> latest(String key) {
        return library.find(key);
    }

    /** The file of the latest version, exactly as it was loaded. */
    @Transactional(readOnly = true)
    public Optional<Source> latestFile(String key) {
        return versions.latestVersionOf(key).flatMap(version -> versions.findByKeyAndVersion(key, version))
                .map(row -> new Source(key + "-v" + row.stored().version() + ".yaml", row.content()));
    }
}
