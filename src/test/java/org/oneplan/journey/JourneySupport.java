package org.oneplan.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.oneplan.support.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for {@code *JourneyIT}: the whole application on a random port. It runs on the PostgreSQL
 * database named by {@code -Doneplan.it.postgres.url=jdbc:postgresql://…} (a fresh, empty one: Flyway
 * migrates it), or on in-memory H2 when that property is empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.Config.class)
public abstract class JourneySupport {

    static final String POSTGRES_URL_PROPERTY = "oneplan.it.postgres.url";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (onPostgres()) {
            registry.add("spring.datasource.url", JourneySupport::postgresUrl);
            registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        }
    }

    protected static boolean onPostgres() {
        return !postgresUrl().isEmpty();
    }

    private static String postgresUrl() {
        return System.getProperty(POSTGRES_URL_PROPERTY, "").trim();
    }

    private final HttpClient client = HttpClient.newHttpClient();

    /** The absolute address of a path on the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Calls the API as a client would: a bearer token, a JSON body (or none) and, when given, If-Match.
     * {@code path} may be absolute, such as a {@code Location} header.
     */
    protected HttpResponse<String> send(String token, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
