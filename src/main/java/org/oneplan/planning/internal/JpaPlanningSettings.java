package org.oneplan.planning.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Organisations;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.PlanningSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaPlanningSettings implements PlanningSettings {

    static final String RECORD_TYPE = "Organisation";

    private final PlanningSettingRepository settings;
    private final Organisations organisations;
    private final People people;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultMaxReviewMonths;

    JpaPlanningSettings(PlanningSettingRepository settings, Organisations organisations, People people,
                        CurrentUsers users, AuditTrail audit, Clock clock,
                        @Value("${oneplan.planning.max-review-months:6}") int defaultMaxReviewMonths) {
        this.settings = settings;
        this.organisations = organisations;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.defaultMaxReviewMonths = Math.min(Math.max(1, defaultMaxReviewMonths), LONGEST_REVIEW_MONTHS);
    }

    @Override
    @Transactional(readOnly = true)
    public Settings of(UUID organisationId) {
        return settings.findById(organisationId).map(PlanningSetting::view)
                .orElseGet(() -> new Settings(organisationId, defaultMaxReviewMonths, null));
    }

    @Override
    @Transactional(readOnly = true)
    public int maxReviewMonthsFor(UUID personId) {
        Set<UUID> teams = people.findRecord(personId).map(PersonRecord::teamIds).orElse(Set.of());
        Set<UUID> theirs = organisations.ofTeams(teams);
        java.util.Map<UUID, Integer> chosen = new java.util.HashMap<>();
        settings.findAllById(theirs).forEach(s -> chosen.put(s.organisationId(), s.maxReviewMonths()));
        return theirs.stream().mapToInt(o -> chosen.getOrDefault(o, defaultMaxReviewMonths)).min()
                .orElse(defaultMaxReviewMonths);
    }

    @Override
    public Settings change(UUID organisationId, int maxReviewMonths, Long expectedVersion) {
        organisations.requireSettingsAccess(organisationId);
        PlanningSetting setting = settings.findById(organisationId).orElseGet(() -> new PlanningSetting(organisationId));
        setting.change(maxReviewMonths, expectedVersion, users.require().username(), clock.instant());
        settings.saveAndFlush(setting);
        audit.record(AuditAction.UPDATED, RECORD_TYPE, organisationId,
                "Latest formal review: " + maxReviewMonths + " months after agreement");
        return setting.view();
    }
}
