package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.RuleException;
import org.oneplan.web.StaleRecordException;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the review pages share: the person and the review in the model, choices and messages, and saving a change
 * (tried only when the form found no mistakes; a refusal is shown by its field with a 400; a change someone else
 * saved first is a 409 asking to check the record again).
 */
@Component
class ReviewPageParts {

    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";
    static final String STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER')";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final People people;
    private final ReviewRecords records;
    private final MessageSource messages;

    ReviewPageParts(People people, ReviewRecords records, MessageSource messages) {
        this.people = people;
        this.records = records;
        this.messages = messages;
    }

    PersonRecord person(Model model, UUID personId) {
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        model.addAttribute("person", person);
        return person;
    }

    boolean mayPlan(UUID personId) {
        return people.mayPlanFor(personId);
    }

    /** The person and their review, read once for a page. */
    ReviewRecord review(Model model, UUID personId, UUID reviewId) {
        person(model, personId);
        ReviewRecord review = records.find(personId, reviewId);
        model.addAttribute("review", review);
        return review;
    }

    /** Makes {@code change}, returning where it leads; otherwise shows the form again. */
    String save(BindingResult result, HttpServletResponse response, Supplier<String> change, Supplier<String> form) {
        if (!result.hasErrors()) {
            try {
                return change.get();
            } catch (RuleException e) {
                if (e.field() != null && hasField(result, e.field())) {
                    result.rejectValue(e.field(), e.messageKey(), e.args(), null);
                } else {
                    result.reject(e.messageKey(), e.args(), null);
                }
            } catch (StaleRecordException e) {
                result.reject("review.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form.get();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form.get();
    }

    String done(String href, String bannerKey, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", text(bannerKey));
        return "redirect:" + href;
    }

    /** A date as the pages show it, such as 3 June 2026. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }

    static String reviews(UUID personId) {
        return "/people/" + personId + "/reviews";
    }

    static String record(UUID personId, UUID reviewId) {
        return reviews(personId) + "/" + reviewId;
    }

    <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> keyOf) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(keyOf.apply(v)))).toList();
    }

    List<Option> workingOptions() {
        return List.of(new Option("true", text("review.statement.working")),
                new Option("false", text("review.statement.notWorking")));
    }

    List<Option> yesNo() {
        return List.of(new Option("true", text("review.yes")), new Option("false", text("review.no")));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null && BeanUtils.getPropertyDescriptor(
                result.getTarget().getClass(), field.contains(".") ? field.substring(0, field.indexOf('.')) : field) != null;
    }
}
