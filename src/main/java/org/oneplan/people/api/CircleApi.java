package org.oneplan.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.internal.CircleService;
import org.oneplan.people.internal.PersonService;
import org.oneplan.web.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The person's circle of support. Removing someone keeps them in the record's history. */
@RestController
@RequestMapping("/api/v1/people/{personId}/circle")
@Tag(name = "People")
class CircleApi {

    private static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";

    private final CircleService circle;
    private final PersonService people;
    private final Validation validation;

    CircleApi(CircleService circle, PersonService people, Validation validation) {
        this.circle = circle;
        this.people = people;
        this.validation = validation;
    }

    @GetMapping
    @PreAuthorize(PeopleApi.ANY_CARE_ROLE)
    List<CircleMemberJson> list(@PathVariable UUID personId) {
        return people.read(personId).circle().stream().map(CircleMemberJson::of).toList();
    }

    @PostMapping
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add someone to the circle of support")
    ResponseEntity<CircleMemberJson> add(@PathVariable UUID personId, @RequestBody CircleMemberJson body) {
        Validation.requireNone(validation.check(body.toDomain(), ""));
        CircleMemberView added = circle.add(personId, body.toDomain());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/circle/" + added.id()))
                .eTag(ETags.of(added.version())).body(CircleMemberJson.of(added));
    }

    @PutMapping("/{memberId}")
    @PreAuthorize(PLANNERS)
    ResponseEntity<CircleMemberJson> change(@PathVariable UUID personId, @PathVariable UUID memberId,
                                            @RequestHeader("If-Match") String ifMatch,
                                            @RequestBody CircleMemberJson body) {
        Validation.requireNone(validation.check(body.toDomain(), ""));
        CircleMemberView saved = circle.change(personId, memberId, ETags.version(ifMatch), body.toDomain());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(CircleMemberJson.of(saved));
    }

    @DeleteMapping("/{memberId}")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Remove someone from the circle of support (kept in the history)")
    ResponseEntity<Void> remove(@PathVariable UUID personId, @PathVariable UUID memberId) {
        circle.remove(personId, memberId);
        return ResponseEntity.noContent().build();
    }
}
