package org.oneplan.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Care Act eligibility outcomes (Care and Support (Eligibility Criteria) Regulations 2015, reg. 2),
 * read from {@code planning/eligibility-outcomes.yaml}: the ten specified outcomes with a plain label
 * each, and the text of reg. 2(1) and 2(3) for help pages. Immutable; a bean through
 * {@link EligibilityOutcomesConfiguration}.
 */
public final class EligibilityOutcomes {

    /** Where the shipped file is on the classpath. */
    public static final String RESOURCE = "planning/eligibility-outcomes.yaml";

    /** The legislation the wording comes from, and its licence, to credit wherever it is shown. */
    public record Source(String title, String reference, String address, String licence) {
    }

    /**
     * A numbered list in the regulation: its lead-in ("An adult's needs meet the eligibility criteria
     * if—") and its items, without the list punctuation.
     */
    public record Provision(String regulation, String lead, List<String> items) {

        public Provision {
            items = List.copyOf(items);
        }
    }

    /**
     * One specified outcome: its number in reg. 2(2) (1 for (a) to 10 for (j)), a stable code, the
     * regulation's words and a plain label for the person reading their plan.
     */
    public record Outcome(int number, String code, String regulation, String label) {
    }

    private final Source source;
    private final Provision conditions;
    private final Provision unableToAchieve;
    private final List<Outcome> outcomes;

    EligibilityOutcomes(Source source, Provision conditions, Provision unableToAchieve, List<Outcome> outcomes) {
        this.source = source;
        this.conditions = conditions;
        this.unableToAchieve = unableToAchieve;
        this.outcomes = outcomes.stream().sorted(Comparator.comparingInt(Outcome::number)).toList();
    }

    /** The shipped file; an {@link IllegalStateException} naming the problem when it is malformed. */
    public static EligibilityOutcomes load() {
        try (InputStream in = EligibilityOutcomes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": could not be read", e);
        }
    }

    /** Outcomes in the YAML format of the shipped file; {@code name} prefixes every problem message. */
    public static EligibilityOutcomes read(String yaml, String name) {
        return new EligibilityOutcomesFile(name).read(yaml);
    }

    public Source source() {
        return source;
    }

    /** Reg. 2(1): the three conditions that together make needs eligible. */
    public Provision conditions() {
        return conditions;
    }

    /** Reg. 2(3): the four ways in which an adult is regarded as unable to achieve an outcome. */
    public Provision unableToAchieve() {
        return unableToAchieve;
    }

    /** The outcomes in the regulation's order. */
    public List<Outcome> all() {
        return outcomes;
    }

    public Optional<Outcome> find(String code) {
        return outcomes.stream().filter(outcome -> outcome.code().equals(code)).findFirst();
    }
}
