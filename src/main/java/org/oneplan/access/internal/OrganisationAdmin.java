package org.oneplan.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A system administrator's work on organisations: create, rename, deactivate and reactivate. Never delete. */
@Service
@Transactional
public class OrganisationAdmin {

    static final String RECORD_TYPE = "Organisation";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationAdmin(OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Summary> page(int page, int size) {
        return organisations.findAll(PageRequest.of(Math.max(0, page), size,
                Sort.by(Sort.Order.desc("active"), Sort.Order.asc("name")))).map(Summary::of);
    }

    @Transactional(readOnly = true)
    public List<Summary> all() {
        return organisations.findAllOrdered().stream().map(Summary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(UUID id) {
        return organisations.findById(id).map(Summary::of);
    }

    public UUID create(String name, Organisation.Kind kind) {
        refuseTakenName(name, null);
        Organisation organisation = organisations.save(new Organisation(name, kind, clock.instant()));
        audit.record(AuditAction.CREATED, RECORD_TYPE, organisation.id(), organisation.name());
        return organisation.id();
    }

    public void update(UUID id, long version, String name, Organisation.Kind kind) {
        Organisation organisation = load(id);
        StaleEditException.check(organisation.version(), version);
        refuseTakenName(name, id);
        organisation.rename(name, kind);
        organisations.flush();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, organisation.name() + " (" + kind + ")");
    }

    public void deactivate(UUID id) {
        load(id).deactivate();
        audit.record(AuditAction.DEACTIVATED, RECORD_TYPE, id, null);
    }

    public void reactivate(UUID id) {
        load(id).reactivate();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "reactivated");
    }

    private void refuseTakenName(String name, UUID except) {
        organisations.findByName(name.strip()).filter(o -> !o.id().equals(except)).ifPresent(o -> {
            throw new ChangeRefusedException("name", "admin.organisation.name.taken");
        });
    }

    private Organisation load(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }

    public record Summary(UUID id, String name, Organisation.Kind kind, boolean active, long version) {
        static Summary of(Organisation o) {
            return new Summary(o.id(), o.name(), o.kind(), o.active(), o.version());
        }
    }
}
