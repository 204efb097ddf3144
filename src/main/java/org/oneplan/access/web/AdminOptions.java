package org.oneplan.access.web;

import java.util.Arrays;
import java.util.List;
import org.oneplan.access.Role;
import org.oneplan.access.internal.Organisation;
import org.oneplan.access.internal.OrganisationAdmin;
import org.oneplan.access.internal.TeamAdmin;
import org.oneplan.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices on the administration forms, with labels from the message bundles. */
@Component
class AdminOptions {

    private final MessageSource messages;
    private final OrganisationAdmin organisations;
    private final TeamAdmin teams;

    AdminOptions(MessageSource messages, OrganisationAdmin organisations, TeamAdmin teams) {
        this.messages = messages;
        this.organisations = organisations;
        this.teams = teams;
    }

    List<Option> roles() {
        return Arrays.stream(Role.values()).map(r -> new Option(r.name(), label("role." + r.name()))).toList();
    }

    List<Option> kinds() {
        return Arrays.stream(Organisation.Kind.values())
                .map(k -> new Option(k.name(), label("admin.organisation.kind." + k.name()))).toList();
    }

    /** Active organisations, and an inactive one only if it is already chosen. */
    List<Option> organisations(java.util.Collection<String> chosen) {
        return organisations.all().stream().filter(o -> o.active() || chosen.contains(o.id().toString()))
                .map(o -> new Option(o.id().toString(), o.name())).toList();
    }

    /** Active teams, and an inactive one only if it is already chosen. */
    List<Option> teams(java.util.Collection<String> chosen) {
        return teams.all().stream().filter(t -> t.active() || chosen.contains(t.id().toString()))
                .map(t -> new Option(t.id().toString(), t.name() + " (" + t.organisationName() + ")")).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
