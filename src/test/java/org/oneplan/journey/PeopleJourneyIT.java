package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A coordinator's day through the API, on H2 or PostgreSQL: add a person, add their circle of support,
 * find them again, change their record, and the manager sees it all in the audit trail.
 */
class PeopleJourneyIT extends JourneySupport {

    @Autowired
    TestAccounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void coordinatorAddsAPersonAndTheirCircleFindsThemAndTheManagerSeesTheAuditTrail() throws Exception {
        UUID team = accounts.newTeam("Journey").id();
        String coordinator = accounts.newApiToken(accounts.newUser(Set.of(team), Role.COORDINATOR));
        String manager = accounts.newApiToken(accounts.newUser(Set.of(team), Role.MANAGER));
        String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> created = send(coordinator, "POST", "/api/v1/people", """
                {"givenName":"Olive","familyName":"%s","dateOfBirth":"1938-02-11","nhsNumber":"943 476 5919",
                 "teamId":"%s"}""".formatted(family, team), null);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asText();

        assertThat(send(coordinator, "POST", "/api/v1/people/" + id + "/circle",
                "{\"name\":\"Rosa\",\"relationship\":\"Daughter\",\"circle\":\"INTIMACY\",\"roles\":[\"FAMILY_CARER\"]}",
                null).statusCode()).isEqualTo(201);
        assertThat(send(coordinator, "POST", "/api/v1/people/" + id + "/circle",
                "{\"name\":\"Lunch club\",\"circle\":\"PARTICIPATION\",\"roles\":[\"VOLUNTEER\"]}", null).statusCode())
                .isEqualTo(201);

        JsonNode found = json.readTree(send(coordinator, "GET", "/api/v1/people?q=" + family, null, null).body());
        assertThat(found.get("totalItems").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asText()).isEqualTo(id);

        HttpResponse<String> read = send(coordinator, "GET", "/api/v1/people/" + id, null, null);
        assertThat(json.readTree(read.body()).get("circle")).hasSize(2);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = send(coordinator, "PUT", "/api/v1/people/" + id, """
                {"givenName":"Olive","familyName":"%s","communication":{"preferredContact":"PHONE","formats":["LARGE_PRINT"]}}
                """.formatted(family), etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(send(coordinator, "PUT", "/api/v1/people/" + id, "{\"givenName\":\"A\",\"familyName\":\"B\"}", etag)
                .statusCode()).as("the old ETag no longer matches").isEqualTo(412);

        JsonNode audit = json.readTree(send(manager, "GET", "/api/v1/people/" + id + "/audit?size=50", null, null).body());
        assertThat(audit.get("items").findValuesAsString("action")).contains("CREATED", "UPDATED", "VIEWED");
        assertThat(send(coordinator, "GET", "/api/v1/people/" + id + "/audit", null, null).statusCode()).isEqualTo(403);
    }

}
