package org.oneplan.directory.web;

import java.util.Optional;
import java.util.UUID;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectorySearch;
import org.oneplan.directory.internal.DirectoryAccess;
import org.oneplan.directory.internal.JpaDirectory;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Searching the community directory, and one entry's page with its history. A search for a form of a plan
 * ({@code ?for=} its path, see {@link ChoosingFor}) offers "Choose" for each entry that can be linked, which goes
 * back to the form with {@code ?entry=} the entry's id.
 */
@Controller
class DirectoryPages {

    static final int PAGE_SIZE = 20;

    private final JpaDirectory directory;
    private final DirectoryAccess access;
    private final DirectoryChoices choices;

    DirectoryPages(JpaDirectory directory, DirectoryAccess access, DirectoryChoices choices) {
        this.directory = directory;
        this.access = access;
        this.choices = choices;
    }

    @GetMapping("/directory")
    @PreAuthorize(DirectoryAccess.READERS)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String area, @RequestParam(defaultValue = "false") boolean retired,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(name = "for", required = false) String forPath, Model model) {
        DirectorySearch search = new DirectorySearch(q, category, area, retired);
        Optional<String> choosingFor = ChoosingFor.path(forPath);
        Page<DirectoryEntry> results = directory.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("areas", directory.areas());
        model.addAttribute("maintains", access.currentUserMaintains());
        model.addAttribute("choosingFor", choosingFor.orElse(null));
        model.addAttribute("pageHref", pageHref(search, choosingFor));
        choices.addTo(model);
        return "directory/search";
    }

    /** This search's address, to which the pagination adds the page. */
    private static String pageHref(DirectorySearch search, Optional<String> choosingFor) {
        return UriComponentsBuilder.fromPath("/directory")
                .queryParamIfPresent("q", Optional.ofNullable(search.words()))
                .queryParamIfPresent("category", Optional.ofNullable(search.category()))
                .queryParamIfPresent("area", Optional.ofNullable(search.area()))
                .queryParamIfPresent("retired", Optional.ofNullable(search.includeRetired() ? "true" : null))
                .queryParamIfPresent("for", choosingFor)
                .encode().build().toUriString();
    }

    @GetMapping("/directory/{id}")
    @PreAuthorize(DirectoryAccess.READERS)
    String entry(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", directory.find(id).orElseThrow(() -> new RecordNotFoundException("DirectoryEntry")));
        model.addAttribute("history", directory.history(id));
        model.addAttribute("maintains", access.currentUserMaintains());
        return "directory/entry";
    }
}
