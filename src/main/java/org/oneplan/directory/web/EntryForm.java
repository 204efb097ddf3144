package org.oneplan.directory.web;

import java.util.Arrays;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryEntry;

/** An entry as typed on the add and change pages; the cost is one of {@link Cost}'s names, or blank. */
public class EntryForm {

    private String name;
    private String description;
    private String category;
    private String area;
    private String phone;
    private String email;
    private String website;
    private String address;
    private String cost;
    private String costDetails;
    private String openingTimes;
    private String accessibility;
    private long version;

    static EntryForm of(DirectoryEntry entry) {
        DirectoryDraft d = entry.content();
        EntryForm f = new EntryForm();
        f.name = d.name();
        f.description = d.description();
        f.category = d.category();
        f.area = d.area();
        f.phone = d.phone();
        f.email = d.email();
        f.website = d.website();
        f.address = d.address();
        f.cost = d.cost() == null ? "" : d.cost().name();
        f.costDetails = d.costDetails();
        f.openingTimes = d.openingTimes();
        f.accessibility = d.accessibility();
        f.version = entry.version();
        return f;
    }

    DirectoryDraft toDraft() {
        return new DirectoryDraft(name, description, category, area, phone, email, website, address, costValue(),
                costDetails, openingTimes, accessibility);
    }

    /** A cost that is not one of the choices (only a hand-made request sends one). */
    boolean costNotAChoice() {
        return cost != null && !cost.isBlank() && costValue() == null;
    }

    private Cost costValue() {
        return Arrays.stream(Cost.values()).filter(c -> c.name().equals(cost)).findFirst().orElse(null);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public String getCostDetails() { return costDetails; }
    public void setCostDetails(String costDetails) { this.costDetails = costDetails; }
    public String getOpeningTimes() { return openingTimes; }
    public void setOpeningTimes(String openingTimes) { this.openingTimes = openingTimes; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
