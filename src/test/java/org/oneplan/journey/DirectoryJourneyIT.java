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
 * The community directory on the database under test (on PostgreSQL, with its trigram index for word search):
 * an administrator adds entries, a coordinator finds them by words in any case (a typed % matching only
 * itself), and a stale change is refused.
 */
class DirectoryJourneyIT extends JourneySupport {

    static final String DIRECTORY = "/api/v1/directory";

    @Autowired
    TestAccounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdministratorAddsEntriesAndACoordinatorFindsThemByWords() throws Exception {
        UUID team = accounts.newTeam("Journey").id();
        String admin = accounts.newApiToken(accounts.newUser(Set.of(team), Role.ADMINISTRATOR));
        String coordinator = accounts.newApiToken(accounts.newUser(Set.of(team), Role.COORDINATOR));
        String area = "Journey " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> added = send(admin, "POST", DIRECTORY, entry("Memory Café", "Music and tea, 100% welcoming", area));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(send(admin, "POST", DIRECTORY, entry("Walking Group", "Gentle walks", area)).statusCode()).isEqualTo(201);
        assertThat(send(admin, "POST", DIRECTORY, entry("memory café", "Again", area)).statusCode()).isEqualTo(400);

        JsonNode found = json.readTree(send(coordinator, "GET", DIRECTORY + "?q=CAFÉ%20music&area="
                + area.replace(" ", "%20"), null).body());
        assertThat(found.get("totalItems").asInt()).isEqualTo(1);
        assertThat(found.at("/items/0/name").asText()).isEqualTo("Memory Café");
        assertThat(json.readTree(send(coordinator, "GET", DIRECTORY + "?q=100%25&area=" + area.replace(" ", "%20"),
                null).body()).get("totalItems").asInt()).isEqualTo(1);
        assertThat(json.readTree(send(coordinator, "GET", DIRECTORY + "?q=10_%25&area=" + area.replace(" ", "%20"),
                null).body()).get("totalItems").asInt()).isZero();

        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(send(admin, "PUT", location, entry("Memory Café", "Now on Fridays", area), "\"0\"").statusCode())
                .isEqualTo(200);
        assertThat(send(admin, "PUT", location, entry("Memory Café", "Late", area), "\"0\"").statusCode())
                .isEqualTo(412);
    }

    private static String entry(String name, String description, String area) {
        return "{\"name\":\"" + name + "\",\"description\":\"" + description + "\",\"category\":\"cafe\",\"area\":\""
                + area + "\"}";
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return send(token, method, path, body, null);
    }

}
