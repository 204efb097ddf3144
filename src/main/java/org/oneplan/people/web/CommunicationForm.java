package org.oneplan.people.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.PersonRecord;

/** How the person wants to be contacted and the formats they need. */
public class CommunicationForm extends SectionForm {

    private ContactMethod preferredContact;
    private List<InformationFormat> formats = new ArrayList<>();
    private String language;
    private String notes;

    static CommunicationForm of(PersonRecord r) {
        CommunicationForm f = new CommunicationForm();
        CommunicationNeeds c = r.communication();
        f.preferredContact = c.preferredContact();
        f.formats = new ArrayList<>(c.formats());
        f.language = c.language();
        f.notes = c.notes();
        f.setVersion(r.version());
        return f;
    }

    CommunicationNeeds toValue() {
        return new CommunicationNeeds(preferredContact,
                formats == null || formats.isEmpty() ? EnumSet.noneOf(InformationFormat.class) : EnumSet.copyOf(formats),
                language, notes);
    }

    public ContactMethod getPreferredContact() { return preferredContact; }
    public void setPreferredContact(ContactMethod preferredContact) { this.preferredContact = preferredContact; }
    public List<InformationFormat> getFormats() { return formats; }
    public void setFormats(List<InformationFormat> formats) { this.formats = formats; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
