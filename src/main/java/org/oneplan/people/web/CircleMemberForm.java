package org.oneplan.people.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.SupportRole;

/** Someone in the circle of support, as typed. */
public class CircleMemberForm extends SectionForm {

    private String name;
    private String relationship;
    private Circle circle;
    private List<SupportRole> roles = new ArrayList<>();
    private String phone;
    private String email;
    private boolean sharesRecord;
    private String supporterUsername;

    static CircleMemberForm of(CircleMemberView m) {
        CircleMemberForm f = new CircleMemberForm();
        CircleMemberDetails d = m.details();
        f.name = d.name();
        f.relationship = d.relationship();
        f.circle = d.circle();
        f.roles = new ArrayList<>(d.roles());
        f.phone = d.phone();
        f.email = d.email();
        f.sharesRecord = d.sharesRecord();
        f.setVersion(m.version());
        return f;
    }

    CircleMemberDetails toValue() {
        return new CircleMemberDetails(name, relationship, circle,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(SupportRole.class) : EnumSet.copyOf(roles),
                phone, email, sharesRecord);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public Circle getCircle() { return circle; }
    public void setCircle(Circle circle) { this.circle = circle; }
    public List<SupportRole> getRoles() { return roles; }
    public void setRoles(List<SupportRole> roles) { this.roles = roles; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSupporterUsername() { return supporterUsername; }
    public void setSupporterUsername(String supporterUsername) { this.supporterUsername = supporterUsername; }
    public boolean isSharesRecord() { return sharesRecord; }
    public void setSharesRecord(boolean sharesRecord) { this.sharesRecord = sharesRecord; }
}
