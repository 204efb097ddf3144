package org.oneplan.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FirstStartLinkTests {

    private final FirstStart firstStart = mock(FirstStart.class);

    @Test
    void logsTheSetupLinkWhenThereAreNoAccounts(CapturedOutput output) {
        when(firstStart.issueTokenIfNoAccounts()).thenReturn(Optional.of("abc123"));
        new FirstStartLink(firstStart, "https://oneplan.example.org/").offerSetup();
        assertThat(output).contains("WARN").contains("First start: create the system administrator at "
                + "https://oneplan.example.org/setup?token=abc123 (valid for 24 hours)");
    }

    @Test
    void staysQuietOnceAccountsExist(CapturedOutput output) {
        when(firstStart.issueTokenIfNoAccounts()).thenReturn(Optional.empty());
        new FirstStartLink(firstStart, "https://oneplan.example.org").offerSetup();
        assertThat(output).doesNotContain("First start");
    }
}
