package org.oneplan.selfassessment;

import java.util.Optional;

/**
 * One item's answer. {@code nextStatement} is what the team works towards: the statement one level up,
 * empty for an item already at 5 (or not answered).
 */
public record ItemResult(FrameworkItem item, int sectionNumber, Integer level) {

    public boolean answered() {
        return level != null;
    }

    public Optional<Band> band() {
        return answered() ? Optional.of(Band.ofLevel(level)) : Optional.empty();
    }

    public Optional<Statement> chosenStatement() {
        return answered() ? item.statement(level) : Optional.empty();
    }

    public Optional<Statement> nextStatement() {
        return answered() && level < 5 ? item.statement(level + 1) : Optional.empty();
    }

    /** Levels 1 and 2 are the biggest opportunities, listed first on the results page. */
    public boolean isBiggestOpportunity() {
        return answered() && level <= 2;
    }
}
