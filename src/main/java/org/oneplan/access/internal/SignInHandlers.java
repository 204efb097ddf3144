package org.oneplan.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: go where the user was going, or change a temporary password first. After a failure: say why. */
@Component
public class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    /** Session attribute holding the username typed into a failed sign-in, so it is not lost. */
    public static final String LAST_USERNAME = "oneplan.sign-in.username";

    SignInHandlers() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        request.getSession().removeAttribute(LAST_USERNAME);
        request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, System.currentTimeMillis());
        if (authentication.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, SessionLifetimeFilter.CHANGE_PASSWORD);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
        String reason = exception instanceof ThrottledAuthenticationProvider.LoginThrottledException
                ? "throttled" : "error";
        getRedirectStrategy().sendRedirect(request, response, "/sign-in?" + reason);
    }
}
