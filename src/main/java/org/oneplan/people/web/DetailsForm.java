package org.oneplan.people.web;

import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonalDetails;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** Name, date of birth and NHS number, as typed. */
public class DetailsForm extends SectionForm {

    private String givenName;
    private String familyName;
    private String preferredName;
    private DateParts dateOfBirth = new DateParts();
    private String nhsNumber;

    static DetailsForm of(PersonRecord r) {
        DetailsForm f = new DetailsForm();
        PersonalDetails d = r.details();
        f.givenName = d.givenName();
        f.familyName = d.familyName();
        f.preferredName = d.preferredName();
        f.dateOfBirth = DateParts.of(d.dateOfBirth());
        f.nhsNumber = d.nhsNumber();
        f.setVersion(r.version());
        return f;
    }

    PersonalDetails toValue(BindingResult result) {
        if (!dateOfBirth.isBlank() && dateOfBirth.toLocalDate().isEmpty()) {
            result.rejectValue("dateOfBirth", "people.error.dateOfBirth.real");
        }
        return new PersonalDetails(givenName, familyName, preferredName, dateOfBirth.toLocalDate().orElse(null), nhsNumber);
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String preferredName) { this.preferredName = preferredName; }
    public DateParts getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateParts dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
}
