package org.oneplan.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectorySearch;
import org.oneplan.directory.internal.DirectoryAccess;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.oneplan.directory.internal.JpaDirectory;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.IfMatch;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The community directory: staff search and read it; administrators add, change (with If-Match), check, retire
 * and reinstate entries. Entries are never deleted. Each entry's version is its ETag.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Community directory")
class DirectoryApi {

    private final JpaDirectory directory;
    private final DirectoryMaintenance maintenance;
    private final DirectoryCategories categories;

    DirectoryApi(JpaDirectory directory, DirectoryMaintenance maintenance, DirectoryCategories categories) {
        this.directory = directory;
        this.maintenance = maintenance;
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize(DirectoryAccess.READERS)
    @Operation(summary = "Search by words in the name or description, category code and area (all optional); "
            + "retired entries only for administrators who ask for them")
    EntriesJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                       @RequestParam(required = false) String area,
                       @RequestParam(defaultValue = "false") boolean retired,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return EntriesJson.of(directory.search(new DirectorySearch(q, category, area, retired),
                EntriesJson.request(page, size)));
    }

    @GetMapping("/categories")
    @PreAuthorize(DirectoryAccess.READERS)
    @Operation(summary = "The categories an entry can have: code, label and hint")
    List<DirectoryCategories.Category> categories() {
        return categories.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize(DirectoryAccess.READERS)
    @Operation(summary = "One entry, retired or not, with its version as the ETag")
    ResponseEntity<EntryJson> read(@PathVariable UUID id) {
        return ok(directory.find(id).orElseThrow(() -> new RecordNotFoundException("DirectoryEntry")));
    }

    @PostMapping
    @PreAuthorize(DirectoryAccess.MAINTAINERS)
    @Operation(summary = "Add an entry (checked today by you): 201 with its address and ETag")
    ResponseEntity<EntryJson> add(@RequestBody DirectoryDraft body) {
        DirectoryEntry added = maintenance.add(body);
        return ResponseEntity.created(URI.create("/api/v1/directory/" + added.id()))
                .eTag(String.valueOf(added.version())).body(EntryJson.of(added));
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryAccess.MAINTAINERS)
    @Operation(summary = "Replace what an entry says; send If-Match with the ETag you read (412 if it changed since)")
    ResponseEntity<EntryJson> change(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                     @RequestBody DirectoryDraft body) {
        return ok(maintenance.change(id, body, IfMatch.required(ifMatch)));
    }

    @PostMapping("/{id}/checked")
    @PreAuthorize(DirectoryAccess.MAINTAINERS)
    @Operation(summary = "Record that you checked the entry today")
    ResponseEntity<EntryJson> checked(@PathVariable UUID id) {
        return ok(maintenance.markChecked(id));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize(DirectoryAccess.MAINTAINERS)
    @Operation(summary = "Retire an entry: it leaves searches but stays readable, with its history")
    ResponseEntity<EntryJson> retire(@PathVariable UUID id) {
        return ok(maintenance.retire(id));
    }

    @PostMapping("/{id}/reinstate")
    @PreAuthorize(DirectoryAccess.MAINTAINERS)
    @Operation(summary = "Bring a retired entry back into searches")
    ResponseEntity<EntryJson> reinstate(@PathVariable UUID id) {
        return ok(maintenance.reinstate(id));
    }

    private static ResponseEntity<EntryJson> ok(DirectoryEntry entry) {
        return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(EntryJson.of(entry));
    }

    /** The version named by If-Match; an unreadable tag can never match, so it fails as stale (412). */
}
