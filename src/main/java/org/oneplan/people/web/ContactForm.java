package org.oneplan.people.web;

import org.oneplan.people.ContactDetails;
import org.oneplan.people.PersonRecord;

/** Address, phone and email, as typed. */
public class ContactForm extends SectionForm {

    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String phone;
    private String email;

    static ContactForm of(PersonRecord r) {
        ContactForm f = new ContactForm();
        ContactDetails c = r.contact();
        f.addressLine1 = c.addressLine1();
        f.addressLine2 = c.addressLine2();
        f.town = c.town();
        f.postcode = c.postcode();
        f.phone = c.phone();
        f.email = c.email();
        f.setVersion(r.version());
        return f;
    }

    ContactDetails toValue() {
        return new ContactDetails(addressLine1, addressLine2, town, postcode, phone, email);
    }

    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
