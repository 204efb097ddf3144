package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditQuery;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.Browser;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class SignInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Value("${oneplan.security.login-throttle.max-failures-per-account}")
    int failuresPerAccount;
    @Value("${oneplan.security.login-throttle.max-failures-per-address}")
    int failuresPerAddress;

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefusedWithTheThrottledMessage() throws Exception {
        UserAccount account = accounts.newUser(Set.of(), Role.PERSON);
        Browser browser = new Browser(mvc);
        for (int i = 0; i < failuresPerAccount; i++) {
            assertThat(browser.signIn(account.username(), "wrong password " + i)).isEqualTo("/sign-in?error");
        }
        assertThat(browser.signIn(account.username(), TestAccounts.PASSWORD)).isEqualTo("/sign-in?throttled");
        assertThat(new Browser(mvc).signIn(account.username(), TestAccounts.PASSWORD))
                .as("the account is throttled from any address").isEqualTo("/sign-in?throttled");
        assertThat(audit.search(new AuditQuery(account.username(), AuditAction.SIGN_IN_THROTTLED, null, null, null, null),
                Pageable.ofSize(10)).getTotalElements()).isEqualTo(2);
        browser.get("/sign-in?throttled")
                .andExpect(content().string(containsString("too many failed attempts to sign in. Wait 15 minutes and try again")))
                .andExpect(content().string(containsString("value=\"" + account.username() + "\"")));
    }

    @Test
    void anAddressThatKeepsFailingIsThrottledForEveryAccount() throws Exception {
        UserAccount account = accounts.newUser(Set.of(), Role.SUPPORTER);
        Browser browser = new Browser(mvc);
        for (int i = 0; i < failuresPerAddress; i++) {
            browser.signIn("guess-" + UUID.randomUUID(), "wrong password");
        }
        assertThat(browser.signIn(account.username(), TestAccounts.PASSWORD)).isEqualTo("/sign-in?throttled");
        assertThat(new Browser(mvc).signIn(account.username(), TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void theSignInPageShowsBannersOnlyWhenAskedTo() throws Exception {
        Browser browser = new Browser(mvc);
        browser.get("/sign-in").andExpect(content().string(not(containsString("You have signed out"))))
                .andExpect(content().string(not(containsString("Your session has ended"))));
        browser.get("/sign-in?signedOut").andExpect(content().string(containsString("You have signed out")));
    }
}
