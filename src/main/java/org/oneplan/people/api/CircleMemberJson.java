package org.oneplan.people.api;

import java.util.Set;
import java.util.UUID;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.SupportRole;

/** A circle of support member. On input, {@code id}, {@code hasAccount} and {@code version} are ignored. */
record CircleMemberJson(UUID id, String name, String relationship, Circle circle, Set<SupportRole> roles,
                        String phone, String email, boolean sharesRecord, boolean hasAccount, long version) {

    static CircleMemberJson of(CircleMemberView v) {
        var d = v.details();
        return new CircleMemberJson(v.id(), d.name(), d.relationship(), d.circle(), d.roles(), d.phone(), d.email(),
                d.sharesRecord(), v.hasAccount(), v.version());
    }

    CircleMemberDetails toDomain() {
        return new CircleMemberDetails(name, relationship, circle, roles, phone, email, sharesRecord);
    }
}
