package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.access.internal.UserAccountRepository;
import org.oneplan.support.Browser;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class PasswordChangeTests {

    static final String NEW_PASSWORD = "marmalade tractor lantern 7";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "short1          | short1          | newPassword     | Password must be 12 characters or more",
        "passwordpassword| passwordpassword| newPassword     | Password is too easy to guess",
        "marmalade tractor lantern 7 | marmalade tractor lantern 8 | confirmPassword | Passwords do not match"})
    void refusesWeakShortOrMismatchedPasswordsAgainstTheField(String newPassword, String confirm, String field,
                                                               String message) throws Exception {
        UserAccount account = accounts.newUser(Set.of(), Role.PERSON);
        mvc.perform(post("/account/password").with(csrf()).with(user(accounts.principal(account)))
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", newPassword)
                        .param("confirmPassword", confirm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("Error: Change your password")))
                .andExpect(content().string(not(containsString("value=\"" + newPassword))))
                .andExpect(content().string(not(containsString(TestAccounts.PASSWORD))));
        assertThat(encoder.matches(TestAccounts.PASSWORD, users.findById(account.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        UserAccount account = accounts.newUser(Set.of(), Role.SUPPORTER);
        mvc.perform(post("/account/password").with(csrf()).with(user(accounts.principal(account)))
                        .param("currentPassword", "not my password at all").param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#currentPassword\"")))
                .andExpect(content().string(containsString("Your current password is not correct")));
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElseAndChangingItSignsOutOtherDevices() throws Exception {
        UserAccount account = accounts.newUser(Set.of(), Role.COORDINATOR);
        UserAccount reloaded = users.findById(account.id()).orElseThrow();
        reloaded.resetPassword(reloaded.passwordHash(), Instant.now());
        users.save(reloaded);

        Browser laptop = new Browser(mvc);
        Browser phone = new Browser(mvc);
        assertThat(phone.signIn(account.username(), TestAccounts.PASSWORD)).isEqualTo("/account/password");
        assertThat(laptop.signIn(account.username(), TestAccounts.PASSWORD)).isEqualTo("/account/password");
        laptop.get("/").andExpect(redirectedUrl("/account/password"));
        laptop.get("/account").andExpect(redirectedUrl("/account/password"));
        laptop.get("/account/password").andExpect(status().isOk())
                .andExpect(content().string(containsString("You are using a temporary password")));

        laptop.post(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        laptop.get("/").andExpect(status().isOk())
                .andExpect(content().string(containsString("signed out of OnePlan on all other devices")));
        laptop.get("/account").andExpect(status().isOk());
        phone.get("/account").andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        UserAccount changed = users.findById(account.id()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(encoder.matches(NEW_PASSWORD, changed.passwordHash())).isTrue();
    }

    @Test
    void everyoneCanSeeTheirOwnAccount() throws Exception {
        for (Role role : Role.values()) {
            UserAccount account = accounts.newUser(Set.of(accounts.newTeam("Mine").id()), role);
            mvc.perform(get("/account").with(user(accounts.principal(account))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(account.username())))
                    .andExpect(content().string(containsString("Mine ")));
        }
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
    }
}
