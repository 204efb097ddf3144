package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.oneplan.directory.Directory;
import org.oneplan.planning.LinkedEntry;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Choosing a community directory entry for an option or action, without JavaScript. The form's "Find" (or
 * "Change") button posts it: what was typed is kept in the session, under the form's address, and the browser goes
 * to the directory's search with {@code ?for=} that address. The directory's "Choose" (or its back link) comes back
 * to the form, with {@code ?entry=} the entry chosen; the form is filled in again from the session, once. "Remove"
 * keeps the form as typed without the entry, and shows it again. The session holds one such form at a time; what
 * was typed never goes into an address.
 */
@Component
class DirectoryChoice {

    static final String FIELD = "directoryEntryId";
    private static final String KEPT = DirectoryChoice.class.getName() + ".kept";

    /** A form as typed, by field, and the address it was typed at. */
    record Kept(String path, HashMap<String, String[]> values) implements Serializable {
    }

    private final Directory directory;

    DirectoryChoice(Directory directory) {
        this.directory = directory;
    }

    /** The form's directory buttons: {@code button} is "remove" to take the entry off, anything else to find one. */
    String keep(HttpServletRequest request, String button) {
        String path = request.getRequestURI();
        HashMap<String, String[]> values = new HashMap<>(request.getParameterMap());
        values.remove("_csrf");
        values.remove("directory");
        boolean remove = "remove".equals(button);
        if (remove) {
            values.remove(FIELD);
        }
        request.getSession().setAttribute(KEPT, new Kept(path, values));
        return "redirect:" + (remove ? path
                : UriComponentsBuilder.fromPath("/directory").queryParam("for", path).encode().build().toUriString());
    }

    /**
     * The form for a page: as typed before going to the directory, if it was kept for this address (then it is
     * forgotten), bound onto {@code blank}; otherwise {@code saved}. With {@code entry}, when it is an id, chosen.
     */
    <F extends ChoosesEntry> F back(HttpServletRequest request, String entry, Supplier<F> blank, Supplier<F> saved) {
        HttpSession session = request.getSession(false);
        F form;
        if (session != null && session.getAttribute(KEPT) instanceof Kept kept
                && kept.path().equals(request.getRequestURI())) {
            session.removeAttribute(KEPT);
            form = blank.get();
            WebDataBinder binder = new WebDataBinder(form, "form");
            binder.bind(new MutablePropertyValues(singleValues(kept.values())));
        } else {
            form = saved.get();
        }
        if (entry != null && !entry.isBlank()) {
            form.setDirectoryEntryId(entry);
            if (form.entryNotAnId()) {
                form.setDirectoryEntryId(null);
            }
        }
        return form;
    }

    /** Refuses, on the field, an entry that is not an id (an id the directory does not know is refused on saving). */
    static void check(ChoosesEntry form, BindingResult result, String unknownKey) {
        if (form.entryNotAnId()) {
            result.rejectValue(FIELD, unknownKey);
        }
    }

    /** The chosen entry, for the form's directory part ("directoryEntry"); null when none, or not one the directory has. */
    void addTo(Model model, ChoosesEntry form) {
        UUID id = form.entryNotAnId() ? null : form.directoryEntry();
        model.addAttribute("directoryEntry", id == null ? null : directory.find(id).map(LinkedEntry::of).orElse(null));
    }

    /** As a form sends them: one value as itself, several as an array. */
    private static Map<String, Object> singleValues(Map<String, String[]> values) {
        Map<String, Object> single = new HashMap<>();
        values.forEach((k, v) -> single.put(k, v.length == 1 ? v[0] : v));
        return single;
    }
}
