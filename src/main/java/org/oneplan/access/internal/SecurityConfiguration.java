package org.oneplan.access.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the JSON API (bearer tokens only, no cookies, so no CSRF exposure) and the pages
 * (form sign-in, sessions in the database, CSRF). Both deny by default: every controller method
 * declares who may call it with {@code @PreAuthorize} or {@code @PermitAll}, which a test enforces.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC_PAGES = {"/sign-in", "/setup", "/setup/**", "/accessibility", "/error",
        "/webjars/**", "/assets/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/actuator/health",
        "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**"};

    static final String[] STAFF_ROLES = {"COORDINATOR", "ADMINISTRATOR", "AUTHORISER", "MANAGER", "SYSTEM_ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, UserAccountRepository users,
                                 TransactionTemplate transactions, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // Only bearer tokens authenticate here, never a cookie, so cross-site requests carry no credentials.
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, users, transactions, clock), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ApiProblems.entryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(ApiProblems.accessDenied()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SignInHandlers handlers, AccountUserDetailsService accounts,
                                  PasswordEncoder encoder, LoginThrottle throttle,
                                  SessionLifetimeFilter sessionLifetime, ApplicationEventPublisher publisher)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        // The page chain's own manager, with no parent: a refused or throttled sign-in must not fall
        // through to the global manager, which would check the password again without the throttle.
        ProviderManager signIn = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        signIn.setAuthenticationEventPublisher(events);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(signIn)
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(sessionLifetime, UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** The lifetime filter runs inside the page chain only, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeRegistration(
            SessionLifetimeFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
