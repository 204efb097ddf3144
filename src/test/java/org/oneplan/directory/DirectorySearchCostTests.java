package org.oneplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page costs as many SQL statements for an area with 5 entries as for one with 50. */
class DirectorySearchCostTests extends DirectorySupport {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired DirectoryUse uses;

    String fill(int entries) {
        String where = "Cost " + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as(accounts.principal(administrator), () -> {
            for (int i = 0; i < entries; i++) {
                DirectoryEntry e = maintenance.add(new DirectoryDraft("Group " + i, "A group", "group-or-club", where,
                        null, null, null, null, null, null, null, null));
                uses.link(e.id(), UUID.randomUUID(), UUID.randomUUID());
            }
            return null;
        });
        return where;
    }

    long statementsToSearch(String where) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(coordinator, get("/directory").param("area", where).param("q", "group")))
                .andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    @Test
    void theSearchPageCostsTheSameForFiveEntriesAsForFifty() throws Exception {
        String few = fill(5);
        String many = fill(50);
        statementsToSearch(few);
        long five = statementsToSearch(few);
        assertThat(statementsToSearch(many)).isEqualTo(five);
        assertThat(five).isLessThanOrEqualTo(6);
    }
}
