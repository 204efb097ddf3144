package org.oneplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

class FallbackErrorAdviceTests {

    private final FallbackErrorAdvice advice = new FallbackErrorAdvice();

    @Test
    void malformedIdInAPageAddressIsPageNotFound() {
        Object result = advice.typeMismatch(mismatch(), request("/people/not-a-uuid"));

        assertThat(result).isInstanceOfSatisfying(ModelAndView.class, mav -> {
            assertThat(mav.getViewName()).isEqualTo("error/404");
            assertThat(mav.getStatus().value()).isEqualTo(404);
        });
    }

    @Test
    void malformedIdInTheApiIsABadRequestWithAReason() {
        Object result = advice.typeMismatch(mismatch(), request("/api/v1/people/not-a-uuid"));

        assertThat(result).isInstanceOfSatisfying(ResponseEntity.class, response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("'id'");
        });
    }

    private static MethodArgumentTypeMismatchException mismatch() {
        return new MethodArgumentTypeMismatchException("not-a-uuid", java.util.UUID.class, "id",
                (MethodParameter) null, new IllegalArgumentException());
    }

    private static HttpServletRequest request(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }
}
