package org.oneplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every OnePlan endpoint says who may call it; only the sign-in, setup and public pages are open to all. */
@OnePlanSpringBootTest
class EndpointSecurityTests {

    private static final Set<String> PUBLIC = Set.of("/sign-in", "/setup", "/accessibility");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerMethodDeclaresWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        List<String> wronglyPublic = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.oneplan")) {
                return;
            }
            boolean secured = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            boolean open = handler.getMethod().isAnnotationPresent(PermitAll.class);
            if (!secured && !open) {
                undeclared.add(handler.toString());
            }
            if (open && !PUBLIC.containsAll(info.getPatternValues())) {
                wronglyPublic.add(info.getPatternValues() + " " + handler);
            }
        });
        assertThat(undeclared).as("methods without @PreAuthorize or @PermitAll").isEmpty();
        assertThat(wronglyPublic).as("@PermitAll outside the public pages").isEmpty();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
    }
}
