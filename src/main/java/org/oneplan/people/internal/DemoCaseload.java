package org.oneplan.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.PersonalDetails;

/** The demo people: older people, people living with dementia, long-term conditions or a learning disability, carers. */
final class DemoCaseload {

    private DemoCaseload() {
    }

    static final PersonalDetails MARGARET =
            new PersonalDetails("Margaret", "Okafor", "Peggy", LocalDate.of(1941, 5, 2), "9434765919");

    static final List<PersonalDetails> NORTH = List.of(MARGARET,
            new PersonalDetails("Arthur", "Whitfield", null, LocalDate.of(1936, 11, 19), "4010232137"),
            new PersonalDetails("Priya", "Sharma", null, LocalDate.of(1988, 2, 14), null),
            new PersonalDetails("Thomas", "Bell", "Tom", LocalDate.of(1952, 7, 30), null),
            new PersonalDetails("Aisha", "Mahmood", null, LocalDate.of(1979, 9, 8), null),
            new PersonalDetails("Wei", "Chen", null, LocalDate.of(1947, 4, 21), null),
            new PersonalDetails("Siobhan", "Kelly", null, LocalDate.of(1995, 12, 3), null),
            new PersonalDetails("George", "Adeyemi", null, LocalDate.of(1939, 1, 27), null),
            new PersonalDetails("Eileen", "Porter", null, LocalDate.of(1944, 6, 11), null),
            new PersonalDetails("Daniel", "Novak", "Dan", LocalDate.of(2001, 3, 16), null),
            new PersonalDetails("Ruth", "Campbell", null, LocalDate.of(1962, 10, 5), null));

    static final List<PersonalDetails> SOUTH = List.of(
            new PersonalDetails("Harold", "Jennings", "Harry", LocalDate.of(1934, 8, 9), null),
            new PersonalDetails("Fatima", "Begum", null, LocalDate.of(1958, 5, 23), null),
            new PersonalDetails("Owen", "Price", null, LocalDate.of(1999, 11, 30), null),
            new PersonalDetails("Maureen", "Hughes", "Mo", LocalDate.of(1949, 2, 2), null),
            new PersonalDetails("Kwame", "Mensah", null, LocalDate.of(1971, 7, 17), null),
            new PersonalDetails("Linda", "Shaw", null, LocalDate.of(1966, 9, 25), null),
            new PersonalDetails("Patrick", "O'Brien", null, LocalDate.of(1943, 3, 12), null),
            new PersonalDetails("Zainab", "Ali", null, LocalDate.of(1990, 1, 6), null),
            new PersonalDetails("Stanley", "Wood", "Stan", LocalDate.of(1930, 12, 24), null));

    /** How some of the demo people need information, by family name. */
    static final Map<String, CommunicationNeeds> NEEDS = Map.of(
            "Whitfield", new CommunicationNeeds(ContactMethod.PHONE, Set.of(InformationFormat.EASY_READ), null,
                    "Living with dementia: short sentences, one question at a time; his wife Joyce helps."),
            "Sharma", new CommunicationNeeds(ContactMethod.TEXT, Set.of(InformationFormat.EASY_READ), null,
                    "Has a learning disability; likes pictures and time to think before answering."),
            "Chen", new CommunicationNeeds(ContactMethod.LETTER, Set.of(InformationFormat.INTERPRETER), "Cantonese", null),
            "Begum", new CommunicationNeeds(ContactMethod.PHONE, Set.of(InformationFormat.INTERPRETER), "Sylheti", null),
            "Price", new CommunicationNeeds(ContactMethod.TEXT, Set.of(InformationFormat.BSL), null,
                    "Deaf: book a BSL interpreter for every meeting."),
            "Jennings", new CommunicationNeeds(ContactMethod.LETTER, Set.of(InformationFormat.LARGE_PRINT, InformationFormat.AUDIO),
                    null, "Sight loss (macular degeneration)."),
            "Mahmood", new CommunicationNeeds(ContactMethod.EMAIL, Set.of(), null,
                    "Carer for her mother; evenings suit best."));
}
