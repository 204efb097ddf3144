package org.oneplan.planning.api;

import org.oneplan.planning.Whose;

/** An answer as written: the words and whose they are; a supporter's words need the supporter's name. */
record PlanAnswerBody(String text, Whose whose, String whoseName) {
}
