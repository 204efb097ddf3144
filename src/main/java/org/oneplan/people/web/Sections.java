package org.oneplan.people.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.Option;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The parts of a person's record that are changed on their own page. */
final class Sections {

    private Sections() {
    }

    static final List<Section<?, ?>> ALL = List.of(
            simple("details", DetailsForm::new, DetailsForm::of, DetailsForm::toValue, PersonService::changeDetails),
            simple("contact", ContactForm::new, ContactForm::of, (f, r) -> f.toValue(), PersonService::changeContact),
            simple("communication", CommunicationForm::new, CommunicationForm::of, (f, r) -> f.toValue(),
                    PersonService::recordCommunicationNeeds),
            simple("consent", ConsentForm::new, ConsentForm::of, ConsentForm::toValue, PersonService::recordConsent),
            new CoordinatorSection());

    private static final Map<String, Section<?, ?>> BY_NAME =
            ALL.stream().collect(Collectors.toMap(Section::name, Function.identity()));

    static Optional<Section<?, ?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    interface Save<V> {
        PersonRecord save(PersonService people, UUID id, long version, V value);
    }

    private static <F extends SectionForm, V> Section<F, V> simple(String name, java.util.function.Supplier<F> create,
            Function<PersonRecord, F> of, java.util.function.BiFunction<F, BindingResult, V> convert, Save<V> save) {
        return new Section<>() {
            public String name() { return name; }
            public F newForm() { return create.get(); }
            public F formFor(PersonRecord record) { return of.apply(record); }
            public V toValue(F form, BindingResult result) { return convert.apply(form, result); }
            public PersonRecord save(PersonService people, UUID id, long version, V value) {
                return save.save(people, id, version, value);
            }
        };
    }

    /** The coordinator page also lists the staff of the teams that support the person. */
    private static final class CoordinatorSection implements Section<CoordinatorForm, org.oneplan.people.NamedCoordinator> {
        public String name() { return "coordinator"; }
        public CoordinatorForm newForm() { return new CoordinatorForm(); }
        public CoordinatorForm formFor(PersonRecord record) { return CoordinatorForm.of(record); }
        public org.oneplan.people.NamedCoordinator toValue(CoordinatorForm form, BindingResult result) {
            return form.toValue();
        }
        public PersonRecord save(PersonService people, UUID id, long version, org.oneplan.people.NamedCoordinator v) {
            return people.chooseCoordinator(id, version, v);
        }
        @Override
        public void addChoices(Model model, PersonService people, UUID personId) {
            model.addAttribute("staffOptions", people.possibleCoordinators(personId).stream()
                    .map(s -> new Option(s.userId().toString(), s.displayName())).toList());
        }
    }
}
