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

/**
 * Frameworks on the database under test: the shipped Progress framework is there after start, and a
 * system administrator's file (with non-ASCII wording) is stored once and read back unchanged.
 */
class FrameworksJourneyIT extends JourneySupport {

    static final String FRAMEWORKS = "/api/v1/self-assessment/frameworks";

    @Autowired
    TestAccounts accounts;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shippedFrameworkIsStoredAndAnAdministratorLoadsAnotherOnce() throws Exception {
        String admin = accounts.newApiToken(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
        String manager = accounts.newApiToken(accounts.newUser(Set.of(accounts.newTeam("Journey").id()), Role.MANAGER));

        JsonNode progress = json.readTree(send(manager, "GET", FRAMEWORKS + "/progress-pcsp", null).body());
        assertThat(progress.get("sections").findValues("code")).hasSize(40);

        String key = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder file = new StringBuilder("key: " + key + "\nversion: 1\ntitle: Café “quotes” – dashes\n"
                + "sections:\n- number: 1\n  title: All\n  items:\n  - code: J-1\n    title: Only\n    statements:\n");
        for (int level = 1; level <= 5; level++) {
            file.append("    - {level: ").append(level).append(", text: ‘Statement’ ").append(level).append("}\n");
        }
        assertThat(send(admin, "POST", FRAMEWORKS, file.toString()).statusCode()).isEqualTo(201);
        assertThat(send(admin, "POST", FRAMEWORKS, file.toString()).statusCode()).isEqualTo(409);

        JsonNode loaded = json.readTree(send(manager, "GET", FRAMEWORKS + "/" + key, null).body());
        assertThat(loaded.get("title").asText()).isEqualTo("Café “quotes” – dashes");
        assertThat(loaded.at("/sections/0/items/0/statements/4/text").asText()).isEqualTo("‘Statement’ 5");
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/yaml")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
