package org.oneplan.budget.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference list of support types: read by everyone who writes a spending plan; added to, renamed, marked
 * and retired by administrators (the pages say who); loaded from {@code budget/support-types.yaml} when the
 * list is empty. Every change is audited.
 */
@Service
@Transactional
public class SupportTypes {

    static final String CODE = "[a-z][a-z0-9-]{0,59}";
    static final String RECORD_TYPE = "SupportType";

    private final SupportTypeRepository types;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SupportTypes(SupportTypeRepository types, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.types = types;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every type, retired ones too, in the list's order. */
    @Transactional(readOnly = true)
    public List<SupportTypeView> all() {
        return types.inOrder().stream().map(SupportType::view).toList();
    }

    /** Every type by its code, in the list's order. */
    @Transactional(readOnly = true)
    public Map<String, SupportTypeView> byCode() {
        return all().stream().collect(Collectors.toMap(SupportTypeView::code, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public SupportTypeView one(UUID id) {
        return find(id).view();
    }

    Set<String> activeCodes() {
        return all().stream().filter(t -> !t.retired()).map(SupportTypeView::code).collect(Collectors.toSet());
    }

    public SupportTypeView add(String label, boolean traditional) {
        SupportType type = new SupportType(uniqueCode(label), types.lastPosition() + 1);
        type.describe(label, traditional, null, signature());
        refuseTakenLabel(type);
        types.saveAndFlush(type);
        audit.record(AuditAction.CREATED, RECORD_TYPE, type.view().id(), "Added a support type");
        return type.view();
    }

    public SupportTypeView change(UUID id, String label, boolean traditional, long expectedVersion) {
        SupportType type = find(id);
        type.describe(label, traditional, expectedVersion, signature());
        refuseTakenLabel(type);
        types.saveAndFlush(type);
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "Changed a support type");
        return type.view();
    }

    public SupportTypeView retire(UUID id, boolean retire) {
        SupportType type = find(id);
        if (retire) {
            type.retire(signature());
        } else {
            type.reinstate(signature());
        }
        types.saveAndFlush(type);
        audit.record(retire ? AuditAction.DEACTIVATED : AuditAction.UPDATED, RECORD_TYPE, id,
                retire ? "Retired a support type" : "Brought back a support type");
        return type.view();
    }

    /** Loads the shipped list into an empty table; otherwise changes nothing. */
    void seed() {
        if (types.count() > 0) {
            return;
        }
        List<SupportTypesFile.Entry> entries = SupportTypesFile.load();
        Signature system = new Signature("system", Instant.now(clock));
        for (int i = 0; i < entries.size(); i++) {
            SupportTypesFile.Entry e = entries.get(i);
            SupportType type = new SupportType(e.code(), i + 1);
            type.describe(e.label(), e.traditional(), null, system);
            types.save(type);
        }
    }

    private void refuseTakenLabel(SupportType type) {
        boolean taken = types.findAll().stream().anyMatch(t -> !t.code().equals(type.code())
                && t.label().equalsIgnoreCase(type.label()));
        BudgetRuleException.require(!taken, "label", "budget.error.supportType.label.taken");
    }

    private String uniqueCode(String label) {
        String plain = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String base = plain.isEmpty() || !Character.isLetter(plain.charAt(0)) ? "type-" + plain : plain;
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String code = base;
        for (int n = 2; types.findByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private SupportType find(UUID id) {
        return types.findById(id).orElseThrow(() -> new RecordNotFoundException("Support type"));
    }

    private Signature signature() {
        return new Signature(users.require().username(), Instant.now(clock));
    }
}
