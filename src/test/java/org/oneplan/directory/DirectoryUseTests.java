package org.oneplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Plans tell the directory which of their options and actions use an entry; each entry counts the plans. */
class DirectoryUseTests extends DirectorySupport {

    @Autowired DirectoryUse uses;

    <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return SignedIn.as(accounts.principal(coordinator), work);
    }

    void link(UUID entry, UUID plan, UUID item) {
        asCoordinator(() -> {
            uses.link(entry, plan, item);
            return null;
        });
    }

    @Test
    void anEntryCountsThePlansThatUseItNotTheItems() throws Exception {
        UUID entry = added("TimeBank", "timebank", "Swap hours").id();
        UUID planA = UUID.randomUUID();
        UUID planB = UUID.randomUUID();
        UUID option = UUID.randomUUID();
        link(entry, planA, option);
        link(entry, planA, option);
        link(entry, planA, UUID.randomUUID());
        link(entry, planB, UUID.randomUUID());
        assertThat(uses.plansUsing(entry)).isEqualTo(2);
        mvc.perform(as(coordinator, get("/directory/" + entry))).andExpect(content().string(containsString("2 plans")));
        mvc.perform(as(coordinator, get("/directory").param("area", area)))
                .andExpect(content().string(containsString("used in 2 plans")));
        asCoordinator(() -> {
            uses.unlink(entry, planA, option);
            return null;
        });
        assertThat(uses.plansUsing(entry)).as("planA still has another item linked").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from directory_use where entry_id = ?", Integer.class, entry))
                .as("an ended link stays on record").isEqualTo(3);
    }

    @Test
    void aRetiredEntryTakesNoNewLinksButKeepsItsOld() {
        UUID entry = added("Closing Club", "group-or-club", "Closing").id();
        link(entry, UUID.randomUUID(), UUID.randomUUID());
        asAdministrator(() -> maintenance.retire(entry));
        assertThatThrownBy(() -> link(entry, UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(DirectoryRuleException.class);
        assertThat(uses.plansUsing(entry)).isEqualTo(1);
    }
}
