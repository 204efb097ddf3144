package org.oneplan.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * An agreed version labels its answers with the questions' wording on the day; the one-page profile of an old
 * version still finds them after a question is reworded, as long as the old wording is kept as "formerly".
 */
class OnePageProfileWordingTests {

    static List<PlanPart.VersionedSection> agreed(String label, String text) {
        return List.of(new PlanPart.VersionedSection(PlanSection.IMPORTANT, "What is important to me",
                List.of(new PlanPart.VersionedItem(label, text, "The person's own words"))));
    }

    static StaticMessageSource reworded(String formerly) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("planning.prompt.like-admire", Locale.UK, "What people appreciate about me");
        messages.addMessage("planning.prompt.important-to-me", Locale.UK, "What is important to me");
        messages.addMessage("planning.prompt.how-to-support", Locale.UK, "How best to support me");
        if (formerly != null) {
            messages.addMessage("planning.prompt.like-admire.formerly", Locale.UK, formerly);
        }
        return messages;
    }

    OnePageProfile.Part likeAdmire(StaticMessageSource messages) {
        LocaleContextHolder.setLocale(Locale.UK);
        try {
            return OnePageProfile.of(agreed("What people like and admire about me", "My laugh"), messages).parts().get(0);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void findsAnOldVersionsAnswerUnderTheQuestionsFormerWording() {
        assertThat(likeAdmire(reworded("Something else | What people like and admire about me")))
                .isEqualTo(new OnePageProfile.Part("What people appreciate about me", "My laugh",
                        "The person's own words"));
    }

    @Test
    void withoutTheFormerWordingTheAnswerIsNotFoundWhichIsWhyTheWordingsBelowAreGuarded() {
        assertThat(likeAdmire(reworded(null)).text()).isNull();
        assertThat(likeAdmire(reworded("")).text()).isNull();
    }

    /**
     * If this fails you have reworded a one-page profile question: add the old wording to the question's
     * {@code planning.prompt.<slug>.formerly} in messages/planning.properties, then update the wording here.
     */
    @Test
    void theProfileQuestionsKeepTheirWordingOrListTheOldOne() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/planning");
        messages.setDefaultEncoding("UTF-8");
        assertThat(OnePageProfile.PROMPTS.stream().map(p -> messages.getMessage("planning.prompt." + p.slug(), null,
                Locale.UK)).toList()).containsExactly("What people like and admire about me", "What is important to me",
                "How best to support me");
    }
}
