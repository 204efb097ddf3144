package org.oneplan.audit.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.audit.AuditQuery;
import org.springframework.data.jpa.domain.Specification;

/** Turns an {@link AuditQuery} into a JPA criteria filter. */
final class AuditSearch {

    private AuditSearch() {
    }

    static Specification<AuditEvent> matching(AuditQuery q) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (q.actor() != null && !q.actor().isBlank()) {
                all.add(cb.equal(cb.lower(root.get("actor")), q.actor().trim().toLowerCase()));
            }
            if (q.action() != null) {
                all.add(cb.equal(root.get("action"), q.action()));
            }
            if (q.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
            }
            if (q.to() != null) {
                all.add(cb.lessThan(root.get("occurredAt"), q.to()));
            }
            List<Predicate> scope = new ArrayList<>();
            if (q.recordIds() != null) {
                scope.add(q.recordIds().isEmpty() ? cb.disjunction() : root.get("recordId").in(q.recordIds()));
            }
            if (q.actors() != null) {
                scope.add(q.actors().isEmpty() ? cb.disjunction() : root.get("actor").in(q.actors()));
            }
            if (!scope.isEmpty()) {
                all.add(cb.or(scope.toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
