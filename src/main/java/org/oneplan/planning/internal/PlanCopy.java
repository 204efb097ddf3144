package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oneplan.planning.CopyDraft;
import org.oneplan.planning.CopyView;
import org.oneplan.planning.PlanRuleException;

/**
 * A copy of the plan given to someone, as recorded; never changed. It keeps the recipient's name as it was, so
 * the record still reads right if a supporter later leaves the circle. Rule message keys are
 * {@code copies.error.<field>.<rule>}.
 */
@Entity
@Immutable
class PlanCopy {

    static final int MAX_NAME = 200;

    @Id
    private UUID id;
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private CopyDraft.Recipient recipient;
    private UUID circleMemberId;
    private String recipientName;
    private String organisation;
    @Enumerated(EnumType.STRING)
    private CopyDraft.Document document;
    private Integer versionNumber;
    @Enumerated(EnumType.STRING)
    private CopyDraft.Format format;
    private LocalDate givenOn;
    private String recordedBy;
    private Instant recordedAt;

    protected PlanCopy() {
    }

    /**
     * {@code name} is the recipient's name: the person's or the supporter's as the service found it, or as
     * typed for someone else. {@code today} decides whether the date is in the future.
     */
    PlanCopy(UUID planId, CopyDraft d, String name, LocalDate today, String by, Instant now) {
        if (d.recipient() == null) {
            throw refused("recipient", "required");
        }
        this.recipientName = bounded("name", name, MAX_NAME);
        if (recipientName == null) {
            throw refused(d.recipient() == CopyDraft.Recipient.SOMEONE_ELSE ? "name" : "recipient", "required");
        }
        this.organisation = d.recipient() == CopyDraft.Recipient.SOMEONE_ELSE
                ? bounded("organisation", d.organisation(), MAX_NAME) : null;
        require("document", d.document());
        require("format", d.format());
        require("givenOn", d.givenOn());
        if (d.givenOn().isAfter(today)) {
            throw refused("givenOn", "future");
        }
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.recipient = d.recipient();
        this.circleMemberId = d.recipient() == CopyDraft.Recipient.SUPPORTER ? d.supporterId() : null;
        this.document = d.document();
        this.versionNumber = d.version();
        this.format = d.format();
        this.givenOn = d.givenOn();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    CopyView view() {
        return new CopyView(id, recipient, recipientName, organisation, document, versionNumber, format, givenOn,
                recordedBy, recordedAt);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw refused(field, "required");
        }
    }

    private static String bounded(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw refused(field, "tooLong");
        }
        return clean.isEmpty() ? null : clean;
    }

    static PlanRuleException refused(String field, String rule) {
        return new PlanRuleException(field, "copies.error." + field + "." + rule);
    }
}
