package org.oneplan.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonSearch;
import org.oneplan.people.internal.PersonDirectory;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.Validation;
import org.springframework.format.annotation.DateTimeFormat;
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

/** People on the caller's caseloads, or their own record. Updates need the ETag of the last read in If-Match. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PeopleApi {

    static final String STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER')";
    static final String ANY_CARE_ROLE = STAFF + " or hasAnyRole('PERSON','SUPPORTER')";

    private final PersonService people;
    private final PersonDirectory directory;
    private final Validation validation;

    PeopleApi(PersonService people, PersonDirectory directory, Validation validation) {
        this.people = people;
        this.directory = directory;
        this.validation = validation;
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "Search the caseloads of your teams by name, NHS number or date of birth (all optional)")
    PageJson<PersonSummaryJson> search(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String name,
                                       @RequestParam(required = false) String nhsNumber,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        PersonSearch search = q != null ? PersonSearch.fromQuery(q) : new PersonSearch(name, nhsNumber, dateOfBirth);
        return PageJson.of(directory.search(search, PageJson.request(page, size)), PersonSummaryJson::of);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')")
    @Operation(summary = "Create a person on the caseload of one of your teams")
    ResponseEntity<PersonJson> create(@RequestBody PersonBody body) {
        body.validate(validation, true);
        PersonRecord created = people.create(body.details(), body.teamId());
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .eTag(etag(created)).body(PersonJson.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANY_CARE_ROLE)
    ResponseEntity<PersonJson> read(@PathVariable UUID id) {
        PersonRecord person = people.read(id);
        return ResponseEntity.ok().eTag(etag(person)).body(PersonJson.of(person));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')")
    @Operation(summary = "Replace a person's record (not their circle); send If-Match with the ETag you read")
    ResponseEntity<PersonJson> replace(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
                                       @RequestBody PersonBody body) {
        body.validate(validation, false);
        PersonRecord saved = people.replace(id, ETags.version(ifMatch), body.details(), body.contactOrNone(),
                body.communicationOrNone(), body.consentOrNone(),
                body.coordinator() == null ? null : body.coordinator().toDomain());
        return ResponseEntity.ok().eTag(etag(saved)).body(PersonJson.of(saved));
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('PERSON','SUPPORTER','MANAGER')")
    @Operation(summary = "Who has read or changed the record, newest first")
    PageJson<AuditEntryJson> audit(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return PageJson.of(directory.auditOf(id, PageJson.request(page, size)), AuditEntryJson::of);
    }

    private static String etag(PersonRecord r) {
        return ETags.of(r.version());
    }

}
