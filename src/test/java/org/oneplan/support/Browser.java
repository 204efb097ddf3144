package org.oneplan.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser that signs in through the real sign-in form and keeps its session cookie, for journeys
 * that depend on the session (must-change-password, signing out other devices). Each browser has its
 * own address, so the sign-in throttle of one test never affects another.
 */
public class Browser {

    /** Spring Session's cookie: named by server.servlet.session.cookie only with an embedded server, not in MockMvc. */
    private static final Set<String> SESSION_COOKIES = Set.of("ONEPLAN_SESSION", "SESSION");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private final MockMvc mvc;
    private final String address = "10.9." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    private Cookie session;

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Posts the sign-in form; returns where it redirected to. */
    public String signIn(String username, String password) throws Exception {
        MvcResult result = send(MockMvcRequestBuilders.post("/sign-in").with(csrf()).param("username", username).param("password", password))
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    public ResultActions get(String url) throws Exception {
        return send(MockMvcRequestBuilders.get(url));
    }

    public ResultActions post(MockHttpServletRequestBuilder request) throws Exception {
        return send(request.with(csrf()));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (session != null) {
            request.cookie(session);
        }
        ResultActions actions = mvc.perform(request);
        for (Cookie issued : actions.andReturn().getResponse().getCookies()) {
            if (SESSION_COOKIES.contains(issued.getName())) {
                session = issued.getMaxAge() == 0 ? null : issued;
            }
        }
        return actions;
    }

    public Cookie sessionCookie() {
        return session;
    }
}
