package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.springframework.beans.factory.annotation.Autowired;

/** Options and actions name a community directory entry through the API too, by {@code directoryEntryId}. */
class DirectoryLinkApiTests extends PlanApiSupport {

    @Autowired DirectoryMaintenance maintenance;
    @Autowired DirectoryUse uses;

    DirectoryEntries entries;

    @BeforeEach
    void setUpEntries() {
        entries = new DirectoryEntries(accounts, maintenance, uses, team);
    }

    String option(Object entry) {
        return json("text", "Swap gardening hours", "resource", "COMMUNITY", "chosen", true, "why", "I like gardening",
                "whose", "PERSON", "directoryEntryId", entry);
    }

    String action(Object entry) {
        return json("text", "Join the TimeBank", "owner", "THE_PERSON", "dueDate",
                LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString(), "layer", "COMMUNITY", "directoryEntryId", entry);
    }

    @Test
    void anOptionNamesAnEntryChangesItAndShowsItInItsJson() throws Exception {
        UUID riverside = entries.add("Riverside TimeBank");
        UUID hillside = entries.add("Hillside TimeBank");
        String outcomeId = read(call(post(plan("outcomes")).content(json("text", "Garden again", "whose", "PERSON"))), "$.id");
        String address = location(call(post(plan("outcomes", outcomeId, "options")).content(option(riverside.toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.directoryEntryId").value(riverside.toString()))
                .andExpect(jsonPath("$.directoryEntry.name").value("Riverside TimeBank"))
                .andExpect(jsonPath("$.directoryEntry.contact").value("01632 960000, hello@example.org")));
        call(put(address).content(option(hillside.toString())).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.directoryEntry.name").value("Hillside TimeBank"));
        assertThat(entries.plansUsing(riverside)).isZero();
        assertThat(entries.plansUsing(hillside)).isEqualTo(1);
        call(put(address).content(option(null)).header("If-Match", "\"1\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.directoryEntryId").doesNotExist());
        assertThat(entries.plansUsing(hillside)).isZero();
    }

    @Test
    void anActionNamesAnEntryAndAnUnknownOrRetiredOneIsRefusedOnItsField() throws Exception {
        UUID entry = entries.add("Riverside TimeBank");
        call(post(plan("actions")).content(action(entry.toString()))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.directoryEntry.name").value("Riverside TimeBank"));
        call(get(plan("actions"))).andExpect(jsonPath("$[0].directoryEntryId").value(entry.toString()));
        assertThat(entries.plansUsing(entry)).isEqualTo(1);

        call(post(plan("actions")).content(action(UUID.randomUUID().toString()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directoryEntryId"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose an entry from the community directory"));
        entries.retire(entry);
        call(post(plan("actions")).content(action(entry.toString()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directoryEntryId"))
                .andExpect(jsonPath("$.errors[0].message").value("This entry is retired: choose another one"));
        call(get(plan("actions"))).andExpect(jsonPath("$.length()").value(1));
    }
}
