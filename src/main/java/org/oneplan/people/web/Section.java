package org.oneplan.people.web;

import java.util.UUID;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.internal.PersonService;
import org.springframework.validation.BindingResult;

/**
 * One changeable part of a person's record, as a page: {@code /people/{id}/{name}} shows its form and
 * saves it. Each part knows how to fill its form from the record and turn the form into a domain value.
 */
interface Section<F extends SectionForm, V> {

    /** The address segment and the name of its template fragment, e.g. "contact". */
    String name();

    F newForm();

    F formFor(PersonRecord record);

    /** The domain value, or null when the form could not be read (the reason is added to {@code result}). */
    V toValue(F form, BindingResult result);

    PersonRecord save(PersonService people, UUID personId, long version, V value);

    /** Anything else the form needs, such as the staff a coordinator can be chosen from. */
    default void addChoices(org.springframework.ui.Model model, PersonService people, UUID personId) {
    }
}
