package org.oneplan.planning.api;

import java.time.Instant;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/** One answer in the plan, whose words it is and who typed it. {@code version} is also sent as the ETag. */
record PlanAnswerJson(String prompt, String text, Whose whose, String whoseName, String writtenBy,
                      Instant writtenAt, long version) {

    static PlanAnswerJson of(PlanPrompt prompt, Words words) {
        return new PlanAnswerJson(prompt.slug(), words.text(), words.whose(), words.whoseName(), words.writtenBy(),
                words.writtenAt(), words.version());
    }
}
