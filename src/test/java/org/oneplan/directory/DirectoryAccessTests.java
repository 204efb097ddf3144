package org.oneplan.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.SignedIn;
import org.springframework.security.access.AccessDeniedException;

/** Staff read the directory; only administrators keep it; the person and their supporters have no use for it. */
class DirectoryAccessTests extends DirectorySupport {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PERSON", "SUPPORTER"})
    void peopleAndSupportersCannotSeeTheDirectory(Role role) throws Exception {
        UserAccount account = accounts.newUser(Set.of(), role);
        UUID entry = added("Library", "library", "Books").id();
        mvc.perform(as(account, get("/directory"))).andExpect(status().isForbidden());
        mvc.perform(as(account, get("/directory/" + entry))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/directory").header("Authorization", "Bearer " + accounts.newApiToken(account)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "AUTHORISER", "MANAGER", "ADMINISTRATOR", "SYSTEM_ADMIN"})
    void staffReadTheDirectory(Role role) throws Exception {
        UserAccount account = accounts.newUser(role == Role.SYSTEM_ADMIN ? Set.of() : Set.of(team), role);
        UUID entry = added("Library", "library", "Books").id();
        mvc.perform(as(account, get("/directory"))).andExpect(status().isOk());
        mvc.perform(as(account, get("/directory/" + entry))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorCannotChangeTheDirectory() throws Exception {
        UUID entry = added("Library", "library", "Books").id();
        for (String path : new String[] {"/directory/new", "/directory/" + entry + "/edit", "/directory/import"}) {
            mvc.perform(as(coordinator, get(path))).andExpect(status().isForbidden());
        }
        mvc.perform(filled(as(coordinator, post("/directory/new")), draft("Mine", "library", "x")))
                .andExpect(status().isForbidden());
        mvc.perform(filled(as(coordinator, post("/directory/" + entry + "/edit")), draft("Mine", "library", "x"))
                .param("version", "1")).andExpect(status().isForbidden());
        for (String action : new String[] {"retire", "reinstate", "checked"}) {
            mvc.perform(as(coordinator, post("/directory/" + entry + "/" + action))).andExpect(status().isForbidden());
        }
        mvc.perform(as(coordinator, multipart("/directory/import"))).andExpect(status().isForbidden());
    }

    @Test
    void aSystemAdministratorKeepsTheDirectoryToo() throws Exception {
        UserAccount admin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        mvc.perform(filled(as(admin, post("/directory/new")), draft("Town Library", "library", "Books")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theServiceRefusesACoordinatorWhateverTheWayIn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(accounts.principal(coordinator),
                () -> maintenance.add(draft("Sneaky", "library", "x")))).isInstanceOf(AccessDeniedException.class);
    }
}
