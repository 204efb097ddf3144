package org.oneplan.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.oneplan.access.DemoSignIn;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectorySearch;
import org.oneplan.directory.Freshness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: eighteen invented resources in the North and South localities (01632 960xxx numbers, which
 * Ofcom keeps for drama, and example.org addresses), imported from {@code directory/demo-directory.csv} by the
 * demo {@code administrator} through the real import. Most are then checked today; one was last checked over
 * a year ago, one never, and one is retired. Does nothing once the directory has entries.
 */
@Component
@Profile("demo")
@Order(50)
class DemoDirectory implements ApplicationRunner {

    static final String NEVER_CHECKED = "Riverside Repair Café";
    static final String RETIRED = "Seated Exercise at the Lido";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DemoSignIn demo;
    private final EntryRepository entries;
    private final DirectoryImport imports;
    private final DirectoryMaintenance maintenance;
    private final JpaDirectory directory;

    DemoDirectory(DemoSignIn demo, EntryRepository entries, DirectoryImport imports,
                  DirectoryMaintenance maintenance, JpaDirectory directory) {
        this.demo = demo;
        this.entries = entries;
        this.imports = imports;
        this.maintenance = maintenance;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (entries.count() > 0) {
            return;
        }
        demo.as("administrator", () -> {
            ImportReport report = imports.importCsv(demoFile());
            for (DirectoryEntry e : directory.search(DirectorySearch.EVERYTHING, PageRequest.of(0, 100))) {
                if (e.freshness() == Freshness.NEVER && !e.name().equals(NEVER_CHECKED)) {
                    maintenance.markChecked(e.id());
                }
                if (e.name().equals(RETIRED)) {
                    maintenance.retire(e.id());
                }
            }
            log.info("Demo mode: added {} community directory entries", report.added());
        });
    }

    private static byte[] demoFile() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream("/directory/demo-directory.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
