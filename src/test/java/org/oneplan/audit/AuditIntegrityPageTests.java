package org.oneplan.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneplan.access.Role;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AuditIntegrityPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "MANAGER"})
    void systemAdministratorsAndManagersCanCheckTheChain(Role role) throws Exception {
        var account = accounts.newUser(Set.of(accounts.newTeam("Audit").id()), role);
        mvc.perform(post("/audit/integrity").with(csrf()).with(user(accounts.principal(account))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail is intact")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PERSON", "SUPPORTER", "COORDINATOR", "ADMINISTRATOR", "AUTHORISER"})
    void everyoneElseIsRefused(Role role) throws Exception {
        var account = accounts.newUser(Set.of(accounts.newTeam("Audit").id()), role);
        mvc.perform(get("/audit/integrity").with(user(accounts.principal(account))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/integrity").with(csrf()).with(user(accounts.principal(account))))
                .andExpect(status().isForbidden());
    }
}
