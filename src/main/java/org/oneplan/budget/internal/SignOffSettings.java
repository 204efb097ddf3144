package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Organisations;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each organisation decides about sign-off, and what applies to a person (whose teams may belong to several
 * organisations: the shortest target, every threshold, every criterion) or to the signed-in user's teams. An
 * organisation that decided nothing has the configured target ({@code oneplan.sign-off.target-days}), one
 * authoriser and no criteria. Managers change their organisation's; every change is audited.
 */
@Service
@Transactional
public class SignOffSettings {

    /** The longest target an organisation may set, in working days. */
    public static final int LONGEST_TARGET = 60;

    private final SignOffSettingRepository settings;
    private final Organisations organisations;
    private final Caseloads caseloads;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultTarget;

    SignOffSettings(SignOffSettingRepository settings, Organisations organisations, Caseloads caseloads,
                    CurrentUsers users, AuditTrail audit, Clock clock,
                    @Value("${oneplan.sign-off.target-days:10}") int defaultTarget) {
        this.settings = settings;
        this.organisations = organisations;
        this.caseloads = caseloads;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.defaultTarget = Math.min(Math.max(1, defaultTarget), LONGEST_TARGET);
    }

    /** @param version null while the organisation uses the defaults */
    public record Settings(UUID organisationId, int targetDays, BigDecimal twoAuthorisersOver, List<String> criteria,
                           Long version) {
    }

    /** What applies across several organisations: the shortest target, each threshold and every criterion. */
    public record Applying(int targetDays, List<BigDecimal> thresholds, List<String> criteria) {

        /** How many authorisers sign off a plan whose whole budget is this much a year (null: not known yet). */
        public int authorisersFor(BigDecimal wholePerYear) {
            return SignOffRules.authorisersNeeded(wholePerYear == null ? BigDecimal.ZERO : wholePerYear, thresholds);
        }
    }

    @Transactional(readOnly = true)
    public Settings of(UUID organisationId) {
        return settings.findById(organisationId).map(SignOffSetting::view).orElseGet(() -> defaults(organisationId));
    }

    private Settings defaults(UUID organisationId) {
        return new Settings(organisationId, defaultTarget, null, List.of(), null);
    }

    /** What applies to the person's plan, from the organisations of the teams that hold them. */
    @Transactional(readOnly = true)
    public Applying forPerson(UUID personId) {
        return applying(organisations.ofTeams(caseloads.teamsHolding(personId)));
    }

    /** What applies to the signed-in user's work, from the organisations of their teams. */
    @Transactional(readOnly = true)
    public Applying forCurrentUser() {
        return applying(organisations.ofTeams(users.require().teamIds()));
    }

    public Settings change(UUID organisationId, int targetDays, BigDecimal twoAuthorisersOver, List<String> criteria,
                           Long expectedVersion) {
        organisations.requireSettingsAccess(organisationId);
        SignOffSetting setting = settings.findById(organisationId).orElseGet(() -> new SignOffSetting(organisationId));
        setting.change(targetDays, twoAuthorisersOver, criteria, expectedVersion,
                new Signature(users.require().username(), clock.instant()));
        settings.saveAndFlush(setting);
        audit.record(AuditAction.UPDATED, "Organisation", organisationId, "Changed the sign-off settings");
        return setting.view();
    }

    private Applying applying(Collection<UUID> organisationIds) {
        Map<UUID, Settings> chosen = settings.findAllById(organisationIds).stream().map(SignOffSetting::view)
                .collect(Collectors.toMap(Settings::organisationId, Function.identity()));
        List<Settings> all = organisationIds.stream().sorted()
                .map(o -> chosen.containsKey(o) ? chosen.get(o) : defaults(o)).toList();
        Set<String> criteria = new LinkedHashSet<>();
        all.forEach(s -> criteria.addAll(s.criteria()));
        List<BigDecimal> thresholds = new ArrayList<>();
        all.forEach(s -> thresholds.add(s.twoAuthorisersOver()));
        return new Applying(all.stream().mapToInt(Settings::targetDays).min().orElse(defaultTarget), thresholds,
                List.copyOf(criteria));
    }
}
