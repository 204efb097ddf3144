package org.oneplan.planning;

/**
 * The parts of the plan's task list: preparation (for the process, by the person, by the practitioner),
 * then the seven questions of the conversation, in the order people are asked them.
 */
public enum PlanSection {

    PREPARATION_PROCESS(Stage.PREPARATION, "preparation-process"),
    PREPARATION_PERSON(Stage.PREPARATION, "preparation-person"),
    PREPARATION_PRACTITIONER(Stage.PREPARATION, "preparation-practitioner"),
    IMPORTANT(Stage.CONVERSATION, "important"),
    NEEDS(Stage.CONVERSATION, "needs"),
    CHANGE(Stage.CONVERSATION, "change"),
    ARRANGE(Stage.CONVERSATION, "arrange"),
    MONEY(Stage.CONVERSATION, "money"),
    MANAGE(Stage.CONVERSATION, "manage"),
    CONTROL(Stage.CONVERSATION, "control"),
    NEXT(Stage.CONVERSATION, "next");

    /** Preparation comes before the conversation; both are parts of one plan. */
    public enum Stage { PREPARATION, CONVERSATION }

    private final Stage stage;
    private final String slug;

    PlanSection(Stage stage, String slug) {
        this.stage = stage;
        this.slug = slug;
    }

    public Stage stage() {
        return stage;
    }

    /** The section's name in addresses and message keys. */
    public String slug() {
        return slug;
    }

    /** Whether the section is a list of things (outcomes, risks) rather than questions answered in words. */
    public boolean structured() {
        return prompts().isEmpty();
    }

    public java.util.List<PlanPrompt> prompts() {
        return java.util.Arrays.stream(PlanPrompt.values()).filter(p -> p.section() == this).toList();
    }

    public static java.util.Optional<PlanSection> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
