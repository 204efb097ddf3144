package org.oneplan.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.Browser;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo runner, run by hand on the shared test database (the demo profile is not active in tests). */
@OnePlanSpringBootTest
class DemoAccountsTests {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TeamRepository teams;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void createsTheDemoAccountsOnceWithTheirPasswordAndToken() throws Exception {
        DemoAccounts demo = demo("jdbc:h2:mem:oneplan-test", false);
        demo.run(new DefaultApplicationArguments());
        long accounts = users.count();
        long teamCount = teams.count();
        demo.run(new DefaultApplicationArguments());
        assertThat(users.count()).isEqualTo(accounts);
        assertThat(teams.count()).isEqualTo(teamCount);

        assertThat(users.findByUsername("authoriser").orElseThrow().roles()).containsExactly(Role.AUTHORISER);
        assertThat(users.findByUsername("authoriser").orElseThrow().teamIds()).hasSize(2);
        assertThat(users.findByUsername("coordinator2").orElseThrow().displayName()).isEqualTo("Tom Okafor");
        assertThat(organisations.findByName("North Locality NHS Trust")).isPresent();
        assertThat(new Browser(mvc).signIn("manager", DemoAccounts.PASSWORD)).isEqualTo("/");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-coordinator-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Priya Shah"))
                .andExpect(jsonPath("$.teams[0].name").value("North Locality Team"));
    }

    @Test
    void refusesPostgresqlUnlessAllowed() {
        assertThatThrownBy(() -> demo("jdbc:postgresql://db/oneplan", false).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("oneplan.demo.allow-on-postgresql=true");
    }

    private DemoAccounts demo(String url, boolean allowOnPostgresql) {
        return new DemoAccounts(organisations, teams, users, tokens, encoder, transactions, clock, url,
                allowOnPostgresql);
    }
}
