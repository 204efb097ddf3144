package org.oneplan.selfassessment;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Statements copied from the published Progress in Personalised Care and Support Planning (seed 004). */
final class ProgressWording {

    static final List<Arguments> SAMPLES = List.of(
            // split across a page break in the seed
            Arguments.of("S1-1a", 5, "We have a flexible process that is tailored to each individual. We have a range of "
                    + "ways to share information about why we are introducing care and support planning, how it works, and "
                    + "what will happen when (for example, accessible information in different formats and languages, or a "
                    + "visual of the timescale). We find out the best ways for the person to receive information (for "
                    + "example, by email, letter or phone call), and schedule appointments to fit in with the person. We "
                    + "make sure that consent issues are addressed, and know when and how to involve advocates. We talk "
                    + "about what support the person may need to prepare for the conversation, and have a range of "
                    + "resources that we can share with the person to choose from. If the person wants support, we also "
                    + "talk about who they want to support them. We can offer people support from peer supporters, "
                    + "volunteers and advocates if required."),
            Arguments.of("S1-2b", 4, "We always look at different options, and ask the person for their ideas. We agree on "
                    + "outcomes, but these are not always as well-defined and clear as we would like. We talk about what is "
                    + "available in the community."),
            // numbered "4" a second time in the seed
            Arguments.of("S1-4a", 5, "During action planning, we always explore what could enable the person to manage "
                    + "their long-term condition. We have a range of options to offer people; for example, health coaching "
                    + "and assistive technology."),
            // numbered "6" in the seed
            Arguments.of("S1-5a", 5, "We co-design with the person where and how often they want to review their progress, "
                    + "and offer a range of ways to do this. This includes simple ways to keep in touch about progress (e.g. "
                    + "texts, calls and emails), as well as supporting people to get together and look at how they are "
                    + "getting on. We specifically ask people how we would know if a review was required – what their "
                    + "personal triggers would be (for example, a health crisis or change) and how they could request a review."),
            Arguments.of("S2-2b", 1, "We expect our staff to be able to do this already."),
            Arguments.of("S2-3b", 3, "We have face-to-face training to make sure that everyone involved in signing off plans "
                    + "and incorporated personal budgets knows the criteria to use, and does this consistently. We know that "
                    + "anyone presented with the same plan would sign it off in the same way. Staff comply with Care Act "
                    + "requirements and (for joint/integrated circumstances, such as under Integrated Personal "
                    + "Commissioning) expectations around PHB usage and management, as well as local data collection "
                    + "requirements."),
            Arguments.of("S3-2", 3, "We have looked at how we work and know when we have been consulting with people and "
                    + "when we have been using co-production. We are working with existing groups, such as patient "
                    + "champions, and changing our relationship with them from consultation to co-production, and/or "
                    + "establishing a co-production group to work with us."),
            Arguments.of("S3-9", 1, "We think that our existing monitoring and quality assurance processes are adequate."));

    private ProgressWording() {
    }
}
