package org.oneplan.planning.internal;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.Words;

/** A risk or a contingency plan: three texts, never blank, and whose words they are; kept when removed. */
@MappedSuperclass
abstract class ControlEntry extends RemovableEntry {

    private String first;
    private String second;
    private String third;

    protected ControlEntry() {
    }

    protected ControlEntry(UUID planId, Instant now) {
        super(planId, now);
    }

    abstract ControlList list();

    @Override
    String slug() {
        return list().slug();
    }

    /** Writes the texts; {@code expectedVersion} is null for a new one. */
    void write(ControlText text, Long expectedVersion, String by, Instant now) {
        stillInThePlan("first");
        String a = text("first", text.first());
        String b = text("second", text.second());
        String c = text("third", text.third());
        sign(text.whose(), text.whoseName(), expectedVersion, by, now);
        this.first = a;
        this.second = b;
        this.third = c;
    }

    ControlItem view() {
        Words w = words(first);
        return new ControlItem(id(), list(), first, second, third, w.whose(), w.whoseName(), w.writtenBy(),
                w.writtenAt(), w.version());
    }
}
