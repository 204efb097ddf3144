package org.oneplan.directory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.Freshness;

/** An entry as the API shows it: what it says, its checks, whether it is retired and how many plans use it. */
record EntryJson(UUID id, String name, String description, String category, String categoryLabel, String area,
                 String phone, String email, String website, String address, Cost cost, String costDetails,
                 String openingTimes, String accessibility, LocalDate lastChecked, String checkedBy,
                 Freshness freshness, boolean retired, Instant retiredAt, long plansUsing, long version) {

    static EntryJson of(DirectoryEntry e) {
        DirectoryDraft d = e.content();
        return new EntryJson(e.id(), d.name(), d.description(), d.category(), e.categoryLabel(), d.area(), d.phone(),
                d.email(), d.website(), d.address(), d.cost(), d.costDetails(), d.openingTimes(), d.accessibility(),
                e.lastChecked(), e.checkedBy(), e.freshness(), e.retired(), e.retiredAt(), e.plansUsing(),
                e.version());
    }
}
