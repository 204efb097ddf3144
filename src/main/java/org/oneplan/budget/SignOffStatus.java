package org.oneplan.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a plan's sign-off is up to: with the authoriser (since when, for how many working days), returned with
 * reasons, or signed off; and every step so far, each timestamped with who took it.
 *
 * @param workingDays working days since the latest submission: up to today while with the authoriser, otherwise
 *                    up to the decision
 * @param changedSinceSubmission whether the plan reads differently from when it was sent, so it cannot be signed
 *                               off; nothing in OnePlan changes a plan while it is with the authoriser, but how it
 *                               reads still can (a renamed support type), so the rule stays
 */
public record SignOffStatus(UUID id, UUID personId, Stage stage, Instant firstSubmittedAt, Instant submittedAt,
                            String submittedBy, int workingDays, int authorisersNeeded, boolean changedSinceSubmission,
                            List<Step> steps) {

    public enum Stage { WITH_AUTHORISER, RETURNED, SIGNED_OFF }

    public enum Kind { SUBMITTED, RESUBMITTED, RETURNED, FIRST_SIGN_OFF, SIGNED_OFF }

    /** One step: who took it when, with the reasons of a return or the conditions and ticked criteria of a sign-off. */
    public record Step(Kind kind, Instant at, String by, String byName, List<Reason> reasons, String conditions,
                       List<String> ticked, LocalDate activeFrom, Integer versionNumber) {
    }

    /** Why a plan was returned, about one part of it: a plan section or a part of the budget (see {@code SignOffPart}). */
    public record Reason(String part, String reason) {
    }

    /** The latest step of the given kind, if any. */
    public java.util.Optional<Step> last(Kind kind) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == kind) {
                return java.util.Optional.of(steps.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The step that last sent the plan. */
    public Step sent() {
        for (int i = steps.size() - 1; i > 0; i--) {
            if (steps.get(i).kind() == Kind.RESUBMITTED) {
                return steps.get(i);
            }
        }
        return steps.get(0);
    }

    /** The latest step: the return while returned, the sign-off once signed off. */
    public Step latest() {
        return steps.get(steps.size() - 1);
    }

    /** Signed off by the first of two authorisers since it was last sent, waiting for the second. */
    public boolean waitingForSecond() {
        return stage == Stage.WITH_AUTHORISER && !steps.isEmpty() && steps.get(steps.size() - 1).kind() == Kind.FIRST_SIGN_OFF;
    }

    /** The sign-offs since the plan was last sent, the first of two authorisers' first. */
    public List<Step> signedSinceSent() {
        java.util.LinkedList<Step> signed = new java.util.LinkedList<>();
        for (int i = steps.size() - 1; i >= 0 && steps.get(i).kind() != Kind.SUBMITTED
                && steps.get(i).kind() != Kind.RESUBMITTED; i--) {
            if (steps.get(i).kind() == Kind.SIGNED_OFF || steps.get(i).kind() == Kind.FIRST_SIGN_OFF) {
                signed.addFirst(steps.get(i));
            }
        }
        return signed;
    }

    /** The names of the authorisers who signed it off since it was last sent, in order. */
    public List<String> authorisers() {
        return signedSinceSent().stream().map(Step::byName).toList();
    }

    /** Their conditions, each after its authoriser's name, one a line; null when there are none. */
    public String conditions() {
        List<String> all = signedSinceSent().stream().filter(s -> s.conditions() != null)
                .map(s -> s.byName() + ": " + s.conditions()).toList();
        return all.isEmpty() ? null : String.join("\n", all);
    }

    /** How many times the plan was returned. */
    public long returns() {
        return steps.stream().filter(s -> s.kind() == Kind.RETURNED).count();
    }
}
