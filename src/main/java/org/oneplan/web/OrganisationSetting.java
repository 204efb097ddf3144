package org.oneplan.web;

import java.util.List;
import java.util.UUID;

/**
 * One setting an organisation can change, shown on its settings page. Modules contribute {@link Source}
 * beans, so each module owns its own settings and the page lists them all.
 *
 * @param label already-resolved name of the setting
 * @param value already-resolved current value, in words
 * @param href where to change it
 */
public record OrganisationSetting(String label, String value, String href) {

    public interface Source {
        List<OrganisationSetting> forOrganisation(UUID organisationId);
    }
}
