package org.oneplan.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oneplan.selfassessment.FrameworkSummary;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@OnePlanSpringBootTest
class BundledFrameworksTests {

    @Autowired BundledFrameworks bundled;
    @Autowired FrameworkLibrary library;
    @Autowired FrameworkVersionRepository versions;

    @Test
    void theShippedFilesAreStoredOnStartAndLoadingAgainChangesNothing() throws Exception {
        assertThat(library.latest()).contains(new FrameworkSummary("progress-pcsp", 1,
                "Progress in Personalised Care and Support Planning"));
        long before = versions.count();

        bundled.run(new DefaultApplicationArguments());

        assertThat(versions.count()).isEqualTo(before);
        assertThat(library.find("progress-pcsp").orElseThrow().items()).hasSize(40);
    }
}
