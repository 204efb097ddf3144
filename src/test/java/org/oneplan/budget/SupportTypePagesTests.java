package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;

/** The support types list: loaded from its file, kept by administrators, never deleted. */
class SupportTypePagesTests extends BudgetPagesSupport {

    static final String LIST = "/admin/support-types";

    UUID typeId(String label) {
        return jdbc.queryForObject("select id from support_type where label = ?", UUID.class, label);
    }

    @Test
    void theShippedListIsLoadedWithTheTraditionalOfferMarked() {
        assertThat(jdbc.queryForList("select code from support_type where traditional", String.class))
                .containsExactlyInAnyOrder("home-care", "residential-respite", "supported-living", "day-centre");
        assertThat(jdbc.queryForObject("select count(*) from support_type where not traditional", Integer.class))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresATypeAndARetiredTypeIsNotOfferedForNewLines() throws Exception {
        UserAccount admin = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
        String label = "Circle of support " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(as(admin, post(LIST + "/new")).param("label", label).param("traditional", "false"))
                .andExpect(redirectedUrl(LIST));
        mvc.perform(as(admin, post(LIST + "/new")).param("label", label.toUpperCase()).param("traditional", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is already a support type with this name")));
        UUID id = typeId(label);
        mvc.perform(as(admin, post(LIST + "/" + id)).param("label", label + " or circle").param("traditional", "true")
                .param("version", "0")).andExpect(redirectedUrl(LIST));
        mvc.perform(as(admin, post(LIST + "/" + id)).param("label", "Stale").param("traditional", "true")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(label + " or circle (Yes, traditional)")));
        mvc.perform(as(coordinator, get(budget() + "/spending/new")))
                .andExpect(content().string(containsString(label + " or circle")));
        mvc.perform(as(admin, post(LIST + "/" + id + "/retire"))).andExpect(redirectedUrl(LIST));
        mvc.perform(as(admin, get(LIST))).andExpect(content().string(containsString("Retired")));
        mvc.perform(as(coordinator, get(budget() + "/spending/new")))
                .andExpect(content().string(not(containsString(label + " or circle"))));
        assertThat(jdbc.queryForObject("select count(*) from support_type where id = ?", Integer.class, id)).isEqualTo(1);
        mvc.perform(as(admin, post(LIST + "/" + id + "/reinstate"))).andExpect(redirectedUrl(LIST));
    }

    @Test
    void onlyAdministratorsKeepTheList() throws Exception {
        UserAccount systemAdmin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        mvc.perform(as(systemAdmin, get(LIST))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Home care")));
        mvc.perform(as(coordinator, get(LIST))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(LIST + "/new")).param("label", "Mine").param("traditional", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(as(systemAdmin, post(LIST + "/new")).param("label", " ").param("traditional", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the support type&#39;s name")));
    }
}
