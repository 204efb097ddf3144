package org.oneplan.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.CoordinatorKind;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.PersonalDetails;

/** The person's record. Each section changes through its own method, so each change can be audited. */
@Entity
public class Person {

    @Id
    private UUID id;
    private String givenName;
    private String familyName;
    private String preferredName;
    private LocalDate dateOfBirth;
    private String nhsNumber;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String phone;
    private String email;
    @Enumerated(EnumType.STRING)
    private ContactMethod preferredContact;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_information_format", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "format")
    @Enumerated(EnumType.STRING)
    private Set<InformationFormat> formats = new HashSet<>();
    private String language;
    private String communicationNotes;
    private boolean advocateNeeded;
    private String advocateReason;
    private boolean consentToPlanning;
    private boolean consentToSharing;
    private String consentGivenBy;
    private LocalDate consentGivenOn;
    private String consentScope;
    @Enumerated(EnumType.STRING)
    private CoordinatorKind coordinatorKind;
    private UUID coordinatorUserId;
    private String coordinatorName;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Person() {
    }

    public Person(PersonalDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        changeDetails(details, now);
    }

    public void changeDetails(PersonalDetails d, Instant now) {
        givenName = d.givenName();
        familyName = d.familyName();
        preferredName = d.preferredName();
        dateOfBirth = d.dateOfBirth();
        nhsNumber = d.nhsNumber();
        updatedAt = now;
    }

    public void changeContact(ContactDetails c, Instant now) {
        addressLine1 = c.addressLine1();
        addressLine2 = c.addressLine2();
        town = c.town();
        postcode = c.postcode();
        phone = c.phone();
        email = c.email();
        updatedAt = now;
    }

    public void recordCommunicationNeeds(CommunicationNeeds c, Instant now) {
        preferredContact = c.preferredContact();
        formats.clear();
        formats.addAll(c.formats());
        language = c.language();
        communicationNotes = c.notes();
        updatedAt = now;
    }

    public void recordConsent(ConsentAndAdvocacy c, Instant now) {
        consentToPlanning = c.consentToPlanning();
        consentToSharing = c.consentToSharing();
        consentGivenBy = c.consentGivenBy();
        consentGivenOn = c.consentGivenOn();
        consentScope = c.consentScope();
        advocateNeeded = c.advocateNeeded();
        advocateReason = c.advocateReason();
        updatedAt = now;
    }

    /** Null clears the choice. */
    public void chooseCoordinator(NamedCoordinator c, Instant now) {
        coordinatorKind = c == null ? null : c.kind();
        coordinatorUserId = c == null ? null : c.userId();
        coordinatorName = c == null ? null : c.name();
        updatedAt = now;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }

    public PersonalDetails details() {
        return new PersonalDetails(givenName, familyName, preferredName, dateOfBirth, nhsNumber);
    }

    public ContactDetails contact() {
        return new ContactDetails(addressLine1, addressLine2, town, postcode, phone, email);
    }

    public CommunicationNeeds communication() {
        return new CommunicationNeeds(preferredContact,
                formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats), language, communicationNotes);
    }

    public ConsentAndAdvocacy consent() {
        return new ConsentAndAdvocacy(consentToPlanning, consentToSharing, consentGivenBy, consentGivenOn,
                consentScope, advocateNeeded, advocateReason);
    }

    /** Empty until the person has chosen. */
    public NamedCoordinator coordinator() {
        return coordinatorKind == null ? null : new NamedCoordinator(coordinatorKind, coordinatorUserId, coordinatorName);
    }
}
