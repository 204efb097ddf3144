package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oneplan.access.internal.FirstStart;
import org.oneplan.access.internal.UserAccountRepository;
import org.oneplan.support.MutableClock;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Runs on its own empty database: setup only works while there are no accounts. */
@OnePlanSpringBootTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:oneplan-setup;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FirstStart firstStart;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountRepository users;

    @Test
    @Order(1)
    void anExpiredLinkShowsHowToGetANewOne() throws Exception {
        String token = firstStart.issueTokenIfNoAccounts().orElseThrow();
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        try {
            mvc.perform(get("/setup").param("token", token)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("restart OnePlan")));
            mvc.perform(submit(token, "pat.admin", "kettle orbit gravel walrus")).andExpect(status().isBadRequest());
        } finally {
            clock.advance(Duration.ofHours(-25));
        }
        mvc.perform(get("/setup").param("token", token)).andExpect(status().isOk());
    }

    @Test
    @Order(2)
    void anUnknownOrMissingLinkIsRefused() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isBadRequest());
        mvc.perform(get("/setup").param("token", "not-a-real-token")).andExpect(status().isBadRequest());
    }

    @Test
    @Order(3)
    void mistakesAreShownAgainstEachFieldKeepingWhatWasTyped() throws Exception {
        String token = firstStart.issueTokenIfNoAccounts().orElseThrow();
        mvc.perform(submit(token, "Pat Admin!", "password1234").param("confirmPassword", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("href=\"#password\"")))
                .andExpect(content().string(containsString("value=\"Pat Admin!\"")))
                .andExpect(content().string(containsString("Passwords do not match")))
                .andExpect(content().string(containsString("Username must be 3 to 60 characters")))
                .andExpect(content().string(containsString("Password is too easy to guess")))
                .andExpect(content().string(not(containsString("password1234"))));
        assertThat(users.count()).isZero();
    }

    @Test
    @Order(4)
    void aValidLinkCreatesTheSystemAdministratorOnce() throws Exception {
        String token = firstStart.issueTokenIfNoAccounts().orElseThrow();
        mvc.perform(get("/setup").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create the system administrator")));

        mvc.perform(submit(token, "pat.admin", "kettle orbit gravel walrus"))
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(flash().attribute("banner", containsString("has been created")));

        assertThat(users.findByUsername("pat.admin")).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.SYSTEM_ADMIN);
            assertThat(u.mustChangePassword()).isFalse();
        });
        mvc.perform(get("/setup").param("token", token)).andExpect(status().isBadRequest());
        mvc.perform(submit(token, "someone.else", "kettle orbit gravel walrus")).andExpect(status().isBadRequest());
        assertThat(firstStart.issueTokenIfNoAccounts()).isEmpty();
    }

    private static MockHttpServletRequestBuilder submit(String token, String username, String password) {
        return post("/setup").with(csrf()).param("token", token).param("displayName", "Pat Admin!")
                .param("username", username).param("email", "pat@example.org")
                .param("password", password).param("confirmPassword", password);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }
}
