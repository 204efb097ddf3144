package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oneplan.budget.SignOffStatus;

/**
 * The rules of sign-off that need no database. Separation of duties: nobody decides on (signs off or returns) a
 * plan they wrote any part of (they last wrote an answer, entry, budget or spending line still in it), nor one they
 * sent for sign-off, and nobody signs the same submission off twice. An organisation may ask for two authorisers
 * when the whole budget a year is over its threshold.
 */
final class SignOffRules {

    static final int MAX_REASON = 2000;
    static final int MAX_CONDITIONS = 2000;

    private SignOffRules() {
    }

    /** Why {@code username} may not decide, as a message key; empty when they may. */
    static Optional<String> refusal(String username, Set<String> writers, String submittedBy, String firstSignedBy) {
        if (writers.contains(username)) {
            return Optional.of("signoff.error.wrote");
        }
        if (username.equals(submittedBy)) {
            return Optional.of("signoff.error.submitted");
        }
        if (username.equals(firstSignedBy)) {
            return Optional.of("signoff.error.twice");
        }
        return Optional.empty();
    }

    /** Two when any of the organisations' thresholds is below the whole budget a year; otherwise one. */
    static int authorisersNeeded(BigDecimal wholePerYear, Collection<BigDecimal> thresholds) {
        return thresholds.stream().anyMatch(t -> t != null && wholePerYear.compareTo(t) > 0) ? 2 : 1;
    }

    /** The reasons, stripped, each about a different known part with words of its own; refused otherwise. */
    static List<SignOffStatus.Reason> reasons(List<SignOffStatus.Reason> given) {
        BudgetRuleException.require(given != null && !given.isEmpty(), "parts", "signoff.error.reasons.required");
        Set<String> seen = new HashSet<>();
        return given.stream().map(r -> {
            String part = r == null ? null : r.part();
            BudgetRuleException.require(part != null && SignOffPart.of(part).isPresent() && seen.add(part), "parts",
                    "signoff.error.part.unknown");
            String field = "reasons[" + part + "]";
            return new SignOffStatus.Reason(part, Texts.required(r.reason(), field, MAX_REASON,
                    "signoff.error.reason.required"));
        }).toList();
    }
}
