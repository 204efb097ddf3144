package org.oneplan.selfassessment.internal;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, stores each framework file shipped with the application ({@code classpath:frameworks/*.yaml})
 * whose key and version are not stored yet. Running again changes nothing. A file with problems is
 * logged and skipped, so one bad file does not stop the service.
 */
@Component
@Order(5)
class BundledFrameworks implements ApplicationRunner {

    static final String LOCATION = "classpath:frameworks/*.yaml";
    private static final Logger log = LoggerFactory.getLogger(BundledFrameworks.class);

    private final FrameworkLibrary library;

    BundledFrameworks(FrameworkLibrary library) {
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            FrameworkLoad outcome = library.load(content, "system");
            if (outcome instanceof FrameworkLoad.Stored stored) {
                log.info("Loaded framework {} version {} from {}", stored.framework().key(),
                        stored.framework().version(), file.getFilename());
            } else if (outcome instanceof FrameworkLoad.Invalid invalid) {
                log.error("Framework file {} was not loaded: {}", file.getFilename(), invalid.problems());
            }
        }
    }
}
