package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in over real HTTP, as a browser without JavaScript would: cookies, CSRF token, redirects. */
class SignInJourneyIT extends JourneySupport {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    @Autowired
    TestAccounts accounts;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void staffMemberSignsInAndSeesTheirNameButTheSessionDoesNotOpenTheApi() throws Exception {
        UserAccount account = accounts.newUser(Set.of(accounts.newTeam("Journey").id()), Role.COORDINATOR);

        HttpResponse<String> signInPage = get("/sign-in");
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.headers().allValues("Set-Cookie"))
                .as("the session cookie is kept from scripts and cross-site requests")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("ONEPLAN_SESSION=")
                        .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));

        HttpResponse<String> home = post("/sign-in", Map.of("username", account.username(),
                "password", TestAccounts.PASSWORD, "_csrf", csrfToken(signInPage.body())));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri()).isEqualTo(URI.create(url("/")));
        assertThat(home.body()).contains("Welcome to OnePlan", account.displayName());

        HttpResponse<String> api = get("/api/v1/me");
        assertThat(api.statusCode()).as("the API takes bearer tokens only, never the session cookie").isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        UserAccount account = accounts.newUser(Set.of(accounts.newTeam("Journey").id()), Role.COORDINATOR);
        get("/sign-in");

        HttpResponse<String> refused = post("/sign-in",
                Map.of("username", account.username(), "password", TestAccounts.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(get("/").uri()).as("still signed out").isEqualTo(URI.create(url("/sign-in")));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        assertThat(input.find()).as("the sign-in form carries a _csrf hidden input").isTrue();
        Matcher value = VALUE.matcher(input.group());
        assertThat(value.find()).as("the _csrf input has a value").isTrue();
        return value.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
