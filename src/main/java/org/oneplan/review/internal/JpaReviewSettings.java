package org.oneplan.review.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Organisations;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.review.ReviewSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations' review settings. For a person held by several organisations the strictest applies: the first review
 * rule when any has it on, and the fewest working days to answer a request.
 */
@Service
@Transactional
class JpaReviewSettings implements ReviewSettings {

    private final ReviewSettingRepository settings;
    private final Organisations organisations;
    private final Teams teams;
    private final Caseloads caseloads;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaReviewSettings(ReviewSettingRepository settings, Organisations organisations, Teams teams, Caseloads caseloads,
                      CurrentUsers users, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.organisations = organisations;
        this.teams = teams;
        this.caseloads = caseloads;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Settings of(UUID organisationId) {
        return settings.findById(organisationId).map(ReviewSetting::view)
                .orElseGet(() -> new Settings(organisationId, false, DEFAULT_RESPONSE_DAYS, null));
    }

    @Override
    public Settings change(UUID organisationId, boolean firstReview, int responseDays, Long expectedVersion) {
        organisations.requireSettingsAccess(organisationId);
        ReviewSetting setting = settings.findById(organisationId).orElseGet(() -> new ReviewSetting(organisationId));
        setting.change(firstReview, responseDays, expectedVersion, users.require().username(), clock.instant());
        settings.saveAndFlush(setting);
        audit.record(AuditAction.UPDATED, "Organisation", organisationId, "Reviews: first review "
                + (firstReview ? "on" : "off") + ", requests answered within " + responseDays + " working days");
        return setting.view();
    }

    boolean firstReviewFor(UUID personId) {
        return of(organisations.ofTeams(caseloads.teamsHolding(personId))).stream().anyMatch(Settings::firstReview);
    }

    int responseDaysFor(UUID personId) {
        return fewestDays(organisations.ofTeams(caseloads.teamsHolding(personId)));
    }

    int responseDaysForTeams(Collection<UUID> teamIds) {
        return fewestDays(teams.findAll(teamIds).stream().map(Teams.TeamSummary::organisationId)
                .collect(Collectors.toSet()));
    }

    private int fewestDays(Set<UUID> organisationIds) {
        return of(organisationIds).stream().mapToInt(Settings::responseDays).min().orElse(DEFAULT_RESPONSE_DAYS);
    }

    /** Each organisation's settings, the defaults for those that decided nothing: one query. */
    private List<Settings> of(Set<UUID> organisationIds) {
        Map<UUID, Settings> chosen = new HashMap<>();
        settings.findAllById(organisationIds).forEach(s -> chosen.put(s.view().organisationId(), s.view()));
        return organisationIds.stream().map(o -> chosen.getOrDefault(o, new Settings(o, false, DEFAULT_RESPONSE_DAYS,
                null))).toList();
    }
}
