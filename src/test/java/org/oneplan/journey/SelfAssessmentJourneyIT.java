package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A team's Progress self-assessment through the API, on H2 or PostgreSQL: start, answer all, submit, results. */
class SelfAssessmentJourneyIT extends JourneySupport {

    static final String BASE = "/api/v1/self-assessment/assessments";

    @Autowired
    TestAccounts accounts;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTeamAssessesItselfSubmitsAndReadsItsResults() throws Exception {
        UUID team = accounts.newTeam("Journey").id();
        String manager = accounts.newApiToken(accounts.newUser(Set.of(team), Role.MANAGER));
        String coordinator = accounts.newApiToken(accounts.newUser(Set.of(team), Role.COORDINATOR));

        HttpResponse<String> started = send(manager, "POST", BASE, """
                {"framework":"progress-pcsp","teamId":"%s","name":"Journey","assessedOn":"2026-10-01",
                 "participants":[{"name":"Ann","capacity":"CARER"}]}""".formatted(team));
        assertThat(started.statusCode()).isEqualTo(201);
        String id = json.readTree(started.body()).get("id").asText();

        JsonNode framework = json.readTree(send(coordinator, "GET", "/api/v1/self-assessment/frameworks/progress-pcsp", null).body());
        int level = 1;
        for (JsonNode section : framework.get("sections")) {
            for (JsonNode item : section.get("items")) {
                HttpResponse<String> answered = send(coordinator, "PUT", BASE + "/" + id + "/items/" + item.get("code").asText(),
                        "{\"level\":" + level + ",\"cumulativeConfirmed\":true}");
                assertThat(answered.statusCode()).isEqualTo(200);
                level = level % 5 + 1;
            }
        }
        assertThat(send(manager, "POST", BASE + "/" + id + "/submit", null).statusCode()).isEqualTo(200);

        JsonNode results = json.readTree(send(coordinator, "GET", BASE + "/" + id, null).body());
        assertThat(results.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(results.get("results").get("answered").asInt()).isEqualTo(40);
        assertThat(results.get("results").get("sections")).hasSize(3);
        assertThat(send(coordinator, "PUT", BASE + "/" + id + "/items/S1-1a", "{\"level\":3}").statusCode())
                .as("a submitted assessment is read-only").isEqualTo(400);
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
