package org.oneplan.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A team with an administrator (who keeps the directory) and a coordinator (who reads it), and an area of the
 * directory of this test's own, so that tests sharing one database never see each other's entries.
 */
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
abstract class DirectorySupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired DirectoryMaintenance maintenance;

    UUID team;
    UserAccount administrator;
    UserAccount coordinator;
    String area;

    @BeforeEach
    void setUpTeamAndArea() {
        team = accounts.newTeam("Directory").id();
        administrator = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        area = "Area " + UUID.randomUUID().toString().substring(0, 8);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserAccount account, B request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    /** An entry in this test's area, added by the administrator through the service. */
    DirectoryEntry added(String name, String category, String description) {
        return SignedIn.as(accounts.principal(administrator), () -> maintenance.add(draft(name, category, description)));
    }

    DirectoryDraft draft(String name, String category, String description) {
        return new DirectoryDraft(name, description, category, area, "01632 960000", "hello@example.org",
                "https://example.org", "1 High Street", Cost.FREE, null, "Mondays", "Step-free");
    }

    /** The request with the draft's values as the entry form sends them. */
    static <B extends AbstractMockHttpServletRequestBuilder<B>> B filled(B request, DirectoryDraft d) {
        return request.param("name", d.name()).param("description", d.description()).param("category", d.category())
                .param("area", d.area()).param("phone", d.phone()).param("email", d.email())
                .param("website", d.website()).param("address", d.address())
                .param("cost", d.cost() == null ? "" : d.cost().name()).param("costDetails", d.costDetails())
                .param("openingTimes", d.openingTimes()).param("accessibility", d.accessibility());
    }

    <T> T asAdministrator(java.util.function.Supplier<T> work) {
        return SignedIn.as(accounts.principal(administrator), work);
    }
}
