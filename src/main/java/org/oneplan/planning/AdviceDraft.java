package org.oneplan.planning;

import java.time.LocalDate;

/** Advice or information as written: what it was, who gave it, when and in which format. */
public record AdviceDraft(String what, String givenBy, LocalDate givenOn, AdviceFormat format) {
}
