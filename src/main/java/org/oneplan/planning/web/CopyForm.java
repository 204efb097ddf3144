package org.oneplan.planning.web;

import java.util.UUID;
import org.oneplan.planning.CopyDraft;
import org.oneplan.web.DateParts;

/**
 * A copy given, as typed. {@code recipient} is PERSON, SOMEONE_ELSE or a circle member's id; {@code version}
 * is an agreed version's number or {@link #DRAFT} for the plan as it stood.
 */
public class CopyForm {

    static final String DRAFT = "draft";

    private String recipient;
    private String name;
    private String organisation;
    private CopyDraft.Document document;
    private String version;
    private CopyDraft.Format format;
    private DateParts givenOn = new DateParts();

    CopyDraft toDraft() {
        UUID supporter = supporter();
        CopyDraft.Recipient who = supporter != null ? CopyDraft.Recipient.SUPPORTER
                : CopyDraft.Recipient.PERSON.name().equals(recipient) ? CopyDraft.Recipient.PERSON
                : CopyDraft.Recipient.SOMEONE_ELSE.name().equals(recipient) ? CopyDraft.Recipient.SOMEONE_ELSE : null;
        return new CopyDraft(who, supporter, name, organisation, document,
                DRAFT.equals(version) ? null : Integer.valueOf(version), format, givenOn.toLocalDate().orElse(null));
    }

    /** The message key of what is wrong with the version chosen, or null when it is a draft or a number. */
    String versionProblem() {
        if (version == null || version.isBlank()) {
            return "copies.error.version.required";
        }
        return DRAFT.equals(version) || version.matches("[1-9][0-9]{0,5}") ? null : "copies.error.version.unknown";
    }

    boolean dateTypedButNotReal() {
        return !givenOn.isBlank() && givenOn.toLocalDate().isEmpty();
    }

    private UUID supporter() {
        try {
            return recipient == null ? null : UUID.fromString(recipient);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public CopyDraft.Document getDocument() { return document; }
    public void setDocument(CopyDraft.Document document) { this.document = document; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public CopyDraft.Format getFormat() { return format; }
    public void setFormat(CopyDraft.Format format) { this.format = format; }
    public DateParts getGivenOn() { return givenOn; }
    public void setGivenOn(DateParts givenOn) { this.givenOn = givenOn; }
}
