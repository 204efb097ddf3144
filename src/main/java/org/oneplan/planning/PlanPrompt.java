package org.oneplan.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * A question the plan answers in words. Each knows its section and whose words it usually holds: the
 * person's own prompts default to the person, the practitioner's to whoever is writing.
 */
public enum PlanPrompt {

    HOW_TOLD(PlanSection.PREPARATION_PROCESS, "how-told", Whose.PRACTITIONER),
    INFORMATION(PlanSection.PREPARATION_PROCESS, "information", Whose.PERSON),
    ADVOCATE(PlanSection.PREPARATION_PROCESS, "advocate", Whose.PRACTITIONER),
    PREPARATION_SUPPORT(PlanSection.PREPARATION_PROCESS, "preparation-support", Whose.PERSON),
    CONVERSATION(PlanSection.PREPARATION_PROCESS, "conversation", Whose.PERSON),

    MATTERS_NOW(PlanSection.PREPARATION_PERSON, "matters-now", Whose.PERSON),
    FUTURE(PlanSection.PREPARATION_PERSON, "future", Whose.PERSON),
    WORKING(PlanSection.PREPARATION_PERSON, "working", Whose.PERSON),
    NOT_WORKING(PlanSection.PREPARATION_PERSON, "not-working", Whose.PERSON),
    WANT_TO_CHANGE(PlanSection.PREPARATION_PERSON, "want-to-change", Whose.PERSON),

    INFORMATION_REVIEWED(PlanSection.PREPARATION_PRACTITIONER, "information-reviewed", Whose.PRACTITIONER),
    TESTS_EXPLAINED(PlanSection.PREPARATION_PRACTITIONER, "tests-explained", Whose.PRACTITIONER),
    SOCIAL_CARE_ASSESSMENT(PlanSection.PREPARATION_PRACTITIONER, "social-care-assessment", Whose.PRACTITIONER),
    WORKING_SUMMARY(PlanSection.PREPARATION_PRACTITIONER, "working-summary", Whose.PRACTITIONER),

    LIKE_ADMIRE(PlanSection.IMPORTANT, "like-admire", Whose.PERSON),
    IMPORTANT_TO_ME(PlanSection.IMPORTANT, "important-to-me", Whose.PERSON),
    HOW_TO_SUPPORT(PlanSection.IMPORTANT, "how-to-support", Whose.PERSON),
    WORKING_NOT_WORKING(PlanSection.IMPORTANT, "working-not-working", Whose.PERSON),
    TRIED_LEARNED(PlanSection.IMPORTANT, "tried-learned", Whose.PERSON),

    WHO_COORDINATES(PlanSection.MANAGE, "who-coordinates", Whose.PERSON),
    DAY_TO_DAY(PlanSection.MANAGE, "day-to-day", Whose.PERSON),
    PERSONS_ROLE(PlanSection.MANAGE, "persons-role", Whose.PERSON),

    GOING_WELL(PlanSection.NEXT, "going-well", Whose.PERSON),
    REVIEW_TRIGGERS(PlanSection.NEXT, "review-triggers", Whose.PERSON);

    /** Longest answer, in characters: a long page of a plan, not a document. */
    public static final int MAX_TEXT = 4000;

    private final PlanSection section;
    private final String slug;
    private final Whose usually;

    PlanPrompt(PlanSection section, String slug, Whose usually) {
        this.section = section;
        this.slug = slug;
        this.usually = usually;
    }

    public PlanSection section() { return section; }
    public String slug() { return slug; }
    public Whose usually() { return usually; }

    /**
     * Whether the person, or a supporter they share their record with, may write this answer themselves when
     * signed in: what they prepare before the conversation and what is important to them. Their words are
     * then recorded as theirs, whatever the form says; every other answer is written by those who plan.
     */
    public boolean theirOwn() {
        return section == PlanSection.PREPARATION_PERSON || section == PlanSection.IMPORTANT;
    }

    public static Optional<PlanPrompt> ofSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
