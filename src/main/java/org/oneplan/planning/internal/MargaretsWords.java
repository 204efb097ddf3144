package org.oneplan.planning.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oneplan.planning.PlanPrompt;

/** Margaret Okafor's preparation for the demo, mostly in her own words: her garden, her son David, her church. */
final class MargaretsWords {

    private MargaretsWords() {
    }

    static final Map<PlanPrompt, String> PREPARATION = new LinkedHashMap<>();

    static {
        PREPARATION.put(PlanPrompt.HOW_TOLD, "Visited her at home and left a large-print leaflet about planning");
        PREPARATION.put(PlanPrompt.INFORMATION, "Large print, and David to go through it with me");
        PREPARATION.put(PlanPrompt.ADVOCATE, "Not needed: her son David supports her and she can take part fully");
        PREPARATION.put(PlanPrompt.PREPARATION_SUPPORT, "David helped me write down what I wanted to say");
        PREPARATION.put(PlanPrompt.CONVERSATION, "At home in the morning, with David there");
        PREPARATION.put(PlanPrompt.MATTERS_NOW, "My garden, my son David, and my church on Sundays");
        PREPARATION.put(PlanPrompt.FUTURE, "Staying in my own home with my roses");
        PREPARATION.put(PlanPrompt.WORKING, "David pops in most evenings and Joan next door keeps an eye on me");
        PREPARATION.put(PlanPrompt.NOT_WORKING, "Since my fall I cannot get to church or down the garden steps");
        PREPARATION.put(PlanPrompt.WANT_TO_CHANGE, "I want to get out again and not feel stuck indoors");
        PREPARATION.put(PlanPrompt.INFORMATION_REVIEWED, "Hospital discharge summary and the falls clinic letter");
        PREPARATION.put(PlanPrompt.TESTS_EXPLAINED, "Explained the eligibility criteria in large print");
        PREPARATION.put(PlanPrompt.SOCIAL_CARE_ASSESSMENT, "Needs assessment completed at home last month");
        PREPARATION.put(PlanPrompt.WORKING_SUMMARY, "Independent and determined; lost confidence after a fall");
    }
}
