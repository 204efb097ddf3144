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

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.Team;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.access.internal.UserAccountRepository;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.Browser;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class UserAdminTests {

    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AuditTrail audit;

    AccountPrincipal admin;
    Team team;

    @BeforeEach
    void signInAsAdministrator() {
        admin = accounts.principal(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
        team = accounts.newTeam("Users");
    }

    @Test
    void aNewUserGetsATemporaryPasswordShownOnceThatMustBeChangedAtFirstSignIn() throws Exception {
        String username = unique("sam.carer");
        String page = mvc.perform(newUser(username).param("roles", "COORDINATOR").param("teamIds", team.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Account created")))
                .andReturn().getResponse().getContentAsString();
        String temporary = temporaryPassword(page);
        UserAccount created = users.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.COORDINATOR);
        assertThat(created.teamIds()).containsExactly(team.id());
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(audit.forRecord(created.id(), Pageable.unpaged()).getContent())
                .anySatisfy(r -> assertThat(r.recordType()).isEqualTo("UserAccount"));

        assertThat(new Browser(mvc).signIn(username, temporary)).isEqualTo("/account/password");
    }

    @Test
    void mistakesAreShownAgainstTheirFieldsKeepingWhatWasTypedButNotThePassword() throws Exception {
        String taken = accounts.newUser(Set.of(), Role.PERSON).username();
        mvc.perform(newUser("Bad Name").param("roles", "MANAGER").param("temporaryPassword", "tooshort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("value=\"Bad Name\"")))
                .andExpect(content().string(containsString("value=\"Sam Carer\"")))
                .andExpect(content().string(not(containsString("tooshort"))));
        mvc.perform(newUser(unique("sam")).param("roles", "MANAGER"))
                .andExpect(content().string(containsString("Select at least one team for a coordinator")));
        mvc.perform(newUser(unique("sam")))
                .andExpect(content().string(containsString("Select at least one role")));
        mvc.perform(newUser(unique("sam")).param("roles", "PERSON").param("temporaryPassword", "passwordpassword"))
                .andExpect(content().string(containsString("href=\"#temporaryPassword\"")))
                .andExpect(content().string(containsString("Password is too easy to guess")));
        mvc.perform(newUser(taken).param("roles", "PERSON"))
                .andExpect(content().string(containsString("That username is already in use")));
        mvc.perform(newUser(unique("sam")).param("roles", "NOT_A_ROLE").param("teamIds", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void rolesAndTeamsAreChangedAndAStaleEditIsRefused() throws Exception {
        UserAccount person = accounts.newUser(Set.of(), Role.PERSON);
        mvc.perform(post("/admin/users/" + person.id()).with(csrf()).with(user(admin)).param("displayName", "Pat Jones")
                        .param("roles", "ADMINISTRATOR").param("teamIds", team.id().toString()).param("version", versionOf(person)))
                .andExpect(redirectedUrl("/admin/users/" + person.id()));
        UserAccount changed = users.findById(person.id()).orElseThrow();
        assertThat(changed.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(changed.displayName()).isEqualTo("Pat Jones");

        mvc.perform(post("/admin/users/" + person.id()).with(csrf()).with(user(admin)).param("displayName", "Pat Old")
                        .param("roles", "PERSON").param("version", Long.toString(person.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Error: Pat Jones")));
        assertThat(users.findById(person.id()).orElseThrow().displayName()).isEqualTo("Pat Jones");
    }

    @Test
    void aDeactivatedUserIsSignedOutAndCannotSignInUntilReactivated() throws Exception {
        UserAccount coordinator = accounts.newUser(Set.of(team.id()), Role.COORDINATOR);
        Browser theirs = new Browser(mvc);
        assertThat(theirs.signIn(coordinator.username(), TestAccounts.PASSWORD)).isEqualTo("/");

        mvc.perform(post("/admin/users/" + coordinator.id() + "/deactivate").with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/users/" + coordinator.id()));

        theirs.get("/account").andExpect(redirectedUrl("/sign-in"));
        assertThat(new Browser(mvc).signIn(coordinator.username(), TestAccounts.PASSWORD)).isEqualTo("/sign-in?error");
        assertThat(audit.forRecord(coordinator.id(), Pageable.unpaged()).getContent())
                .anySatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.DEACTIVATED));

        mvc.perform(post("/admin/users/" + coordinator.id() + "/reactivate").with(csrf()).with(user(admin)));
        assertThat(new Browser(mvc).signIn(coordinator.username(), TestAccounts.PASSWORD)).isEqualTo("/");
        mvc.perform(post("/admin/users/" + admin.userId() + "/deactivate").with(csrf()).with(user(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aResetPasswordReplacesTheOldOneWithATemporaryOne() throws Exception {
        UserAccount supporter = accounts.newUser(Set.of(), Role.SUPPORTER);
        mvc.perform(get("/admin/users/" + supporter.id() + "/reset-password").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Reset the password for")));
        String page = mvc.perform(post("/admin/users/" + supporter.id() + "/reset-password").with(csrf()).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String temporary = temporaryPassword(page);

        assertThat(new Browser(mvc).signIn(supporter.username(), TestAccounts.PASSWORD)).isEqualTo("/sign-in?error");
        assertThat(new Browser(mvc).signIn(supporter.username(), temporary)).isEqualTo("/account/password");
        assertThat(audit.forRecord(supporter.id(), Pageable.unpaged()).getContent())
                .anySatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.PASSWORD_RESET));
    }

    @Test
    void usersAreFoundByNameOrUsername() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UserAccount found = accounts.newUser(Set.of(), Role.PERSON);
        mvc.perform(post("/admin/users/" + found.id()).with(csrf()).with(user(admin))
                .param("displayName", "Morag " + marker).param("roles", "PERSON").param("version", versionOf(found)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").param("q", "morag " + marker).with(user(admin)))
                .andExpect(content().string(containsString(found.username())))
                .andExpect(content().string(containsString("1 user")));
        mvc.perform(get("/admin/users").param("q", found.username().toUpperCase()).with(user(admin)))
                .andExpect(content().string(containsString("Morag " + marker)));
        mvc.perform(get("/admin/users").param("q", "nobody-" + marker).with(user(admin)))
                .andExpect(content().string(containsString("No users match")));
        mvc.perform(get("/admin/users").param("page", "1").with(user(admin))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder newUser(String username) {
        return post("/admin/users").with(csrf()).with(user(admin)).param("displayName", "Sam Carer")
                .param("username", username).param("email", "sam@example.org");
    }

    private String versionOf(UserAccount account) {
        return Long.toString(users.findById(account.id()).orElseThrow().version());
    }

    private static String temporaryPassword(String page) {
        Matcher matcher = TEMPORARY.matcher(page);
        assertThat(matcher.find()).as("temporary password shown").isTrue();
        return matcher.group(1);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 6);
    }
}
