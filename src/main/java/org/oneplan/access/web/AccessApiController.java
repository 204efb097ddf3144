package org.oneplan.access.web;

import java.util.List;
import java.util.UUID;
import org.oneplan.access.Teams;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.AccountSettings;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API's view of the caller and of the teams. Authenticated by bearer token; errors are problem details. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AccessApiController {

    private final AccountSettings settings;
    private final Teams teams;

    AccessApiController(AccountSettings settings, Teams teams) {
        this.settings = settings;
        this.teams = teams;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    AccountSettings.Me me(@AuthenticationPrincipal AccountPrincipal me) {
        return settings.me(me.userId());
    }

    @GetMapping("/teams")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER','SYSTEM_ADMIN')")
    List<TeamJson> teams() {
        return teams.active().stream().map(t -> new TeamJson(t.id(), t.name(),
                new OrganisationJson(t.organisationId(), t.organisationName()))).toList();
    }

    record TeamJson(UUID id, String name, OrganisationJson organisation) {
    }

    record OrganisationJson(UUID id, String name) {
    }
}
