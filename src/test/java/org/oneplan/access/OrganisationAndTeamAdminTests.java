package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.Organisation;
import org.oneplan.access.internal.OrganisationRepository;
import org.oneplan.access.internal.TeamAdmin;
import org.oneplan.access.internal.TeamRepository;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class OrganisationAndTeamAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TeamRepository teams;
    @Autowired
    TeamAdmin teamAdmin;
    @Autowired
    AuditTrail audit;

    AccountPrincipal admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = accounts.principal(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
    }

    @Test
    void anOrganisationIsCreatedChangedDeactivatedAndReactivatedButNeverDeleted() throws Exception {
        String name = "Westshire Council " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/organisations").with(csrf()).with(user(admin)).param("name", name).param("kind", "COUNCIL"))
                .andExpect(redirectedUrl("/admin/organisations"))
                .andExpect(flash().attribute("banner", name + " has been added."));
        Organisation created = organisations.findByName(name).orElseThrow();
        assertThat(audit.forRecord(created.id(), Pageable.unpaged()).getContent())
                .anySatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.CREATED));

        mvc.perform(get("/admin/organisations/" + created.id()).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        mvc.perform(post("/admin/organisations/" + created.id()).with(csrf()).with(user(admin))
                        .param("name", name + " Health").param("kind", "NHS_TRUST").param("version", "0"))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(organisations.findById(created.id()).orElseThrow().kind()).isEqualTo(Organisation.Kind.NHS_TRUST);

        mvc.perform(post("/admin/organisations/" + created.id() + "/deactivate").with(csrf()).with(user(admin)))
                .andExpect(flash().attribute("banner", containsString("has been deactivated")));
        assertThat(organisations.findById(created.id()).orElseThrow().active()).isFalse();
        mvc.perform(post("/admin/organisations/" + created.id() + "/reactivate").with(csrf()).with(user(admin)));
        assertThat(organisations.findById(created.id()).orElseThrow().active()).isTrue();
        assertThat(audit.forRecord(created.id(), Pageable.unpaged()).getContent()).extracting(r -> r.action())
                .contains(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DEACTIVATED);
    }

    @Test
    void aStaleEditShowsAConflictInsteadOfOverwriting() throws Exception {
        var team = accounts.newTeam("Stale");
        Organisation org = organisations.findById(team.organisationId()).orElseThrow();
        mvc.perform(post("/admin/organisations/" + org.id()).with(csrf()).with(user(admin))
                        .param("name", org.name() + " first").param("kind", "COUNCIL").param("version", "0"))
                .andExpect(redirectedUrl("/admin/organisations"));
        mvc.perform(post("/admin/organisations/" + org.id()).with(csrf()).with(user(admin))
                        .param("name", org.name() + " second").param("kind", "COUNCIL").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("value=\"" + org.name() + " second\"")));
        assertThat(organisations.findById(org.id()).orElseThrow().name()).endsWith(" first");

        mvc.perform(post("/admin/teams/" + team.id()).with(csrf()).with(user(admin)).param("name", "Renamed")
                        .param("organisationId", org.id().toString()).param("version", "7"))
                .andExpect(status().isConflict());
    }

    @Test
    void mistakesAreShownAgainstTheirFields() throws Exception {
        var existing = organisations.findById(accounts.newTeam("Taken").organisationId()).orElseThrow();
        mvc.perform(post("/admin/organisations").with(csrf()).with(user(admin)).param("name", "").param("kind", "PUB"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("href=\"#kind\"")));
        mvc.perform(post("/admin/organisations").with(csrf()).with(user(admin))
                        .param("name", existing.name().toUpperCase()).param("kind", "COUNCIL"))
                .andExpect(content().string(containsString("There is already an organisation with that name")));
        mvc.perform(post("/admin/teams").with(csrf()).with(user(admin)).param("name", "Lost team")
                        .param("organisationId", "not-an-id").param("partnerIds", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#organisationId\"")))
                .andExpect(content().string(containsString("value=\"Lost team\"")));
        mvc.perform(get("/admin/organisations/" + UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/teams/nonsense").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/organisations").param("page", "-3").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void aTeamIsCreatedWithPartnerOrganisationsAndDeactivated() throws Exception {
        var council = organisations.findById(accounts.newTeam("Council").organisationId()).orElseThrow();
        var trust = organisations.findById(accounts.newTeam("Trust").organisationId()).orElseThrow();
        String name = "East Locality " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/teams").with(csrf()).with(user(admin)).param("name", name)
                        .param("organisationId", council.id().toString()).param("partnerIds", trust.id().toString()))
                .andExpect(redirectedUrl("/admin/teams"));
        var team = teamAdmin.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(team.partnerIds()).containsExactly(trust.id());
        assertThat(team.organisationName()).isEqualTo(council.name());
        mvc.perform(get("/admin/teams").with(user(admin))).andExpect(content().string(containsString(trust.name())));

        mvc.perform(post("/admin/teams/" + team.id() + "/deactivate").with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/teams/" + team.id()));
        assertThat(teams.findById(team.id()).orElseThrow().active()).isFalse();
        assertThat(audit.forRecord(team.id(), Pageable.unpaged()).getContent()).extracting(r -> r.action())
                .contains(AuditAction.CREATED, AuditAction.DEACTIVATED);
    }
}
