package org.oneplan.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Validates domain values with Bean Validation and reports problems by field, for pages (into a
 * BindingResult, so the form shows them next to each field) and for the API (as problem details).
 * Cross-field rules are written as {@code isValidX()} methods; their problems belong to field {@code x}.
 */
@Component
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    /** Problems with {@code value}, each field path prefixed with {@code prefix} (e.g. "contact."), or none. */
    public List<FieldProblem> check(Object value, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (value == null) {
            return problems;
        }
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            problems.add(new FieldProblem(prefix + fieldOf(v.getPropertyPath().toString()), v.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /** Throws {@link InvalidRequestException} when any of the problems lists is non-empty. */
    public static void requireNone(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** Adds each problem to the form's field of the same name; returns true when there were any. */
    public boolean reject(Object value, BindingResult result) {
        List<FieldProblem> problems = check(value, "");
        for (FieldProblem p : problems) {
            if (!result.hasFieldErrors(p.field())) {
                result.rejectValue(p.field(), "invalid", p.message());
            }
        }
        return result.hasErrors();
    }

    static String fieldOf(String path) {
        int dot = path.lastIndexOf('.');
        String head = dot < 0 ? "" : path.substring(0, dot + 1);
        String last = path.substring(dot + 1);
        if (last.startsWith("valid") && last.length() > 5 && Character.isUpperCase(last.charAt(5))) {
            last = Character.toLowerCase(last.charAt(5)) + last.substring(6);
        }
        return head + last;
    }
}
