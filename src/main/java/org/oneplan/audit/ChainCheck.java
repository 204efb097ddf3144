package org.oneplan.audit;

/** The outcome of re-computing the audit hash chain. */
public record ChainCheck(boolean intact, long rowsChecked, Long firstBrokenSequence) {
}
