package org.oneplan.planning;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an outcome or action reads like a service specification ("2 calls a day, 30 minutes each,
 * 7am and 9pm") rather than the person's own words ("I want to get to my allotment on Saturdays with my
 * grandson"). Seed 002 warns that plans lock people in with precise price, timings and tasks; this is
 * advice shown beside the text, never a reason to refuse it.
 *
 * <p>A number, a time or an amount of money is not a service specification by itself: people's own
 * outcomes are often specific ("walk for 30 minutes", "save £50 for a holiday", "watch the news at 6pm").
 * So most rules only count when the text is about a service (carers, care calls, home care, day centre,
 * PA, agency, a package, support workers, or care tasks). A few phrasings are service jargon wherever
 * they appear ("45 min calls", "2x daily", "double-up", "£22.50/hour", "hrs") and always count, and
 * when one of them is found the text is about a service for the other rules too.
 *
 * <p>Borderline: "I want to be up by 9 so I can go to church" is <em>not</em> flagged. The time is the
 * person's own, chosen for a purpose of theirs; that is what a good outcome sounds like. The lock-in the
 * seed describes is the time at which a service arrives ("carer at 7am"), which is flagged. A bare
 * "by 9" is also too ambiguous to read as a time.
 *
 * <p>Matching is case-insensitive on a normalised copy of the text (curly apostrophes, dashes and
 * non-breaking spaces made plain). Patterns use bounded repetition only, so checking stays linear
 * in the length of the text.
 */
public final class ServiceLanguage {

    /** Why a text reads like a service specification; each has a message in {@code planning.properties}. */
    public enum Hint {
        FREQUENCY, DURATION_OR_HOURS, FIXED_TIME, VISITS_OR_CALLS, PRICE, SERVICE_TASK;

        public String messageKey() {
            return "planning.serviceLanguage." + name();
        }
    }

    /** The message key of the heading shown above the hints. */
    public static final String TITLE_KEY = "planning.serviceLanguage.title";

    private static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final String COUNT = "(?:\\d{1,3}|" + WORDS + ")";
    private static final String AMOUNT = "(?:\\d{1,3}(?:\\.\\d{1,2})?|" + WORDS
            + "|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|an?|half an?|a couple of|a few|several)";
    private static final String PERIOD = "(?:day|week|fortnight|month|night|morning|evening|afternoon|weekday)";
    private static final String EACH = "(?:a|an|per|each|every)";
    private static final String TIMES = "(?:once|twice|thrice|" + COUNT + " times)";
    private static final String UNITS = "(?:calls?|visits?|sessions?)";
    private static final String DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)days?";
    private static final String POUNDS = "(?:£ ?\\d[\\d,]{0,9}(?:\\.\\d{1,2})?|\\d{1,6}(?:\\.\\d{1,2})? ?(?:pounds?|quid))";

    /** Words that show the text is about a service: who provides it, its units, and care tasks. */
    private static final Pattern SERVICE = Pattern.compile("\\b(?:carers?|care (?:workers?|staff|package|hours?"
            + "|agency|provider|team)|(?:home|personal|domiciliary|respite|night|continence|day) care|support "
            + "(?:workers?|staff|hours?|sessions?|package)|hours of (?:care|support)|staff|pas?|personal assistants?"
            + "|agency|provider|domiciliary|day (?:cent(?:re|er)s?|services?)|respite|sitting service|reablement"
            + "|package|home help)\\b");

    private static final Pattern TASK = Pattern.compile("\\b(?:prompt(?:ing)? (?:medication|meds)|medication prompts?"
            + "|strip wash|(?:full |body )wash|meal prep(?:aration)?|pad changes?|continence care|personal care"
            + "|hoist(?:ing)?(?: transfers?)?|commode|(?:catheter|stoma|pressure) care|apply(?:ing)? creams?"
            + "|light (?:housework|domestic duties)|domestic tasks|welfare checks?|tuck[ -]in|pop[ -]in"
            + "|assist(?:ance)? with (?:washing|dressing|toileting|feeding|meals))\\b");

    private record Rule(Pattern pattern, Set<Hint> hints, boolean jargon) {

        Rule(String regex, boolean jargon, Hint... hints) {
            this(Pattern.compile(regex), Set.of(hints), jargon);
        }
    }

    private static final List<Rule> RULES = List.of(
            // Service jargon: counts wherever it appears.
            new Rule("\\b\\d{1,2} ?x ?(?:a |per |each )?(?:day|daily|week|weekly|night|nightly)\\b", true, Hint.FREQUENCY),
            new Rule("\\b" + COUNT + " per (?:day|week|night)\\b", true, Hint.FREQUENCY),
            new Rule("\\b" + UNITS + " " + EACH + " " + PERIOD + "\\b", true, Hint.FREQUENCY, Hint.VISITS_OR_CALLS),
            new Rule("\\b(?:daily|weekly|nightly|fortnightly) (?:calls|visits|sessions)\\b", true,
                    Hint.FREQUENCY, Hint.VISITS_OR_CALLS),
            new Rule("\\b(?:\\d{1,2} (?:x )?(?:daily |weekly )?(?:care )?|" + COUNT + " (?:daily |weekly )?care )" + UNITS
                    + "\\b", true, Hint.VISITS_OR_CALLS),
            new Rule("\\b(?:double[ -]?(?:ups?|handed)|(?:2|two) carers)\\b", true, Hint.VISITS_OR_CALLS),
            new Rule("\\b(?:(?:care|carers?|domiciliary|support|welfare|pa|respite|sitting|reablement) " + UNITS
                    + "|(?:lunch|lunchtime|tea|teatime|bedtime|tuck[ -]in|morning|evening|night|medication) calls?"
                    + "|(?:call|visit) (?:times?|length))\\b", true, Hint.VISITS_OR_CALLS),
            new Rule("\\b" + AMOUNT + "[ -]?(?:minutes?|mins?|hours?|hrs?) (?:" + UNITS + "|slots?|of (?:care|support"
                    + "|home care|respite))\\b", true, Hint.DURATION_OR_HOURS),
            new Rule("\\b\\d{1,3}(?:\\.\\d{1,2})? ?hrs?\\b|\\bhrs\\b", true, Hint.DURATION_OR_HOURS),
            new Rule("(?:" + POUNDS + " ?(?:/ ?|per |an? )(?:hour|hr|h|visit|call|session|week|day|night)\\b"
                    + "|\\bper hour\\b|\\b(?:hourly|weekly|daily) (?:rates?|costs?|charges?|fees?)\\b)", true, Hint.PRICE),
            // Specific, but only a service specification when the text is about a service.
            new Rule("\\b" + TIMES + " " + EACH + " " + PERIOD + "\\b", false, Hint.FREQUENCY),
            new Rule("\\b" + TIMES + " (?:daily|weekly|nightly|fortnightly|monthly)\\b", false, Hint.FREQUENCY),
            new Rule("\\b(?:every|each) (?:" + PERIOD + "|" + DAY + ") (?:at|from|between)\\b", false, Hint.FREQUENCY),
            new Rule("\\b(?:every other|alternate) " + PERIOD + "s?\\b", false, Hint.FREQUENCY),
            new Rule("\\b" + DAY + ",? (?:and |& )?" + DAY + "\\b|\\bmon(?:day)? ?(?:-|to) ?fri(?:day)?\\b", false,
                    Hint.FREQUENCY),
            new Rule("\\b" + AMOUNT + "[ -]?(?:minutes?|mins?|hours?)\\b", false, Hint.DURATION_OR_HOURS),
            new Rule("\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b|\\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)"
                    + "(?![a-z])|\\b(?:\\d{1,2}|" + WORDS + ") ?o'?clock\\b"
                    + "|\\b(?:at|by|before|after|until|till|from) (?:noon|midday|midnight)\\b"
                    + "|\\b(?:at|by|before|until) (?:1[0-2]|[1-9]) (?:in the (?:morning|afternoon|evening)|at night)\\b",
                    false, Hint.FIXED_TIME),
            new Rule(POUNDS + "|£|\\bpence\\b", false, Hint.PRICE));

    private ServiceLanguage() {
    }

    /** The reasons {@code text} reads like a service specification, in {@link Hint} order; empty when none. */
    public static List<Hint> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = normalise(text);
        Set<Hint> hints = EnumSet.noneOf(Hint.class);
        boolean jargon = false;
        for (Rule rule : RULES) {
            if (rule.jargon() && rule.pattern().matcher(plain).find()) {
                hints.addAll(rule.hints());
                jargon = true;
            }
        }
        int tasks = distinctMatches(TASK, plain);
        if (tasks >= 2) {
            hints.add(Hint.SERVICE_TASK);
        }
        if (jargon || tasks > 0 || SERVICE.matcher(plain).find()) {
            for (Rule rule : RULES) {
                if (!rule.jargon() && rule.pattern().matcher(plain).find()) {
                    hints.addAll(rule.hints());
                }
            }
        }
        return List.copyOf(hints);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-')
                .replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    /** How many different phrases of {@code pattern} occur: a list of tasks names several. */
    private static int distinctMatches(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.size();
    }
}
