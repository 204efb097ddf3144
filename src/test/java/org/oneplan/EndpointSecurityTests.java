package org.oneplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneplan.access.Role;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, checked: every OnePlan controller method says who may call it, only a short list
 * of pages is open to everyone, and what is not open sends visitors to sign in (pages) or answers 401 (API).
 */
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class EndpointSecurityTests {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(PreAuthorize.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    /**
     * The only addresses a {@code @PermitAll} handler may serve. Anything else, the home page {@code /}
     * included, is for signed-in users.
     */
    private static final Map<String, String> PUBLIC_PAGES = Map.of(
            "/sign-in", "nobody is signed in yet when they sign in",
            "/setup", "the one-time link that creates the first system administrator, before any account exists",
            "/accessibility", "the accessibility statement must be readable before signing in (accessibility regulations)");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    @Test
    void everyHandlerMethodDeclaresWhoMayCallIt() {
        Map<RequestMappingInfo, HandlerMethod> handlers = oneplanHandlers();
        assertThat(handlers.values()).as("the walk finds OnePlan's own controllers")
                .anySatisfy(h -> assertThat(h.getBeanType().getSimpleName()).isEqualTo("SignInController"))
                .anySatisfy(h -> assertThat(h.getBeanType().getSimpleName()).isEqualTo("PublicPagesController"));

        Set<String> undeclared = handlers.entrySet().stream()
                .filter(e -> ACCESS_ANNOTATIONS.stream().noneMatch(a -> declares(e.getValue(), a)))
                .map(e -> describe(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(undeclared)
                .as("handler methods without @PreAuthorize, @PermitAll, @RolesAllowed or @DenyAll on the method or class")
                .isEmpty();
    }

    @Test
    void onlyAllowListedPagesArePermittedToEveryone() {
        Map<RequestMappingInfo, HandlerMethod> permitted = oneplanHandlers().entrySet().stream()
                .filter(e -> declares(e.getValue(), PermitAll.class))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(permitted).as("the sign-in page is public").isNotEmpty();

        Set<String> outsideAllowList = permitted.entrySet().stream()
                .filter(e -> !PUBLIC_PAGES.keySet().containsAll(e.getKey().getPatternValues()))
                .map(e -> describe(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(outsideAllowList).as("@PermitAll handlers serving addresses outside " + PUBLIC_PAGES.keySet())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/account", "/audit/integrity", "/people", "/admin", "/no-such-page"})
    void pagesSendAnonymousVisitorsToSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/anything", "/api/v1/people/00000000-0000-0000-0000-000000000000"})
    void apiAnswersAnonymousCallsWith401ProblemDetails(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void apiWritesWithoutTokenAre401NotCsrfRefusals() throws Exception {
        mvc.perform(post("/api/v1/anything").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void signedInPagesCarryStrictSecurityHeaders() throws Exception {
        var account = accounts.newUser(Set.of(accounts.newTeam("Headers").id()), Role.COORDINATOR);
        MvcResult page = mvc.perform(get("/").with(user(accounts.principal(account))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"))
                .andReturn();

        Map<String, String> csp = directives(page.getResponse().getHeader("Content-Security-Policy"));
        assertThat(csp.get("script-src")).isNotNull().doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
        assertThat(csp.get("default-src")).isEqualTo("'self'");
        assertThat(csp.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(csp.get("object-src")).isEqualTo("'none'");
    }

    private Map<RequestMappingInfo, HandlerMethod> oneplanHandlers() {
        return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .filter(e -> e.getValue().getBeanType().getName().startsWith("org.oneplan."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static boolean declares(HandlerMethod handler, Class<? extends Annotation> annotation) {
        return present(handler.getMethod(), annotation) || present(handler.getBeanType(), annotation);
    }

    private static boolean present(AnnotatedElement element, Class<? extends Annotation> annotation) {
        return AnnotatedElementUtils.hasAnnotation(element, annotation);
    }

    private static String describe(RequestMappingInfo info, HandlerMethod handler) {
        return handler.getBeanType().getName() + "#" + handler.getMethod().getName() + " " + info.getMethodsCondition()
                + " " + info.getPatternValues();
    }

    private static Map<String, String> directives(String policy) {
        assertThat(policy).as("Content-Security-Policy header").isNotBlank();
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> d.split("\\s+", 2))
                .collect(Collectors.toMap(d -> d[0], d -> d.length > 1 ? d[1] : ""));
    }
}
