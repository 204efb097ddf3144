package org.oneplan.planning.web;

import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.VersionChanges;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Every agreed version, readable as it was agreed, and what changed between any two. */
@Controller
class VersionPages {

    private final PlanVersions versions;
    private final People people;

    VersionPages(PlanVersions versions, People people) {
        this.versions = versions;
        this.people = people;
    }

    @GetMapping("/people/{id}/plan/versions")
    @PreAuthorize(PlanPages.READERS)
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("versions", versions.versions(id));
        return "planning/versions";
    }

    @GetMapping("/people/{id}/plan/versions/{number}")
    @PreAuthorize(PlanPages.READERS)
    String one(@PathVariable UUID id, @PathVariable int number, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("version", versions.version(id, number));
        return "planning/version";
    }

    @GetMapping("/people/{id}/plan/versions/compare")
    @PreAuthorize(PlanPages.READERS)
    String compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("changes", VersionChanges.between(versions.version(id, Math.min(from, to)),
                versions.version(id, Math.max(from, to))));
        return "planning/compare";
    }

    private org.oneplan.people.PersonRecord person(UUID id) {
        return people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person"));
    }
}
