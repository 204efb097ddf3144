package org.oneplan.directory.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryDraft;

/** What an entry says, as stored on the entry and on each of its revisions. */
@Embeddable
class EntryContent {

    private String name;
    private String description;
    private String category;
    private String area;
    private String phone;
    private String email;
    private String website;
    private String address;
    @Enumerated(EnumType.STRING)
    private Cost cost;
    private String costDetails;
    private String openingTimes;
    private String accessibility;

    protected EntryContent() {
    }

    EntryContent(DirectoryDraft d) {
        this.name = d.name();
        this.description = d.description();
        this.category = d.category();
        this.area = d.area();
        this.phone = d.phone();
        this.email = d.email();
        this.website = d.website();
        this.address = d.address();
        this.cost = d.cost();
        this.costDetails = d.costDetails();
        this.openingTimes = d.openingTimes();
        this.accessibility = d.accessibility();
    }

    DirectoryDraft draft() {
        return new DirectoryDraft(name, description, category, area, phone, email, website, address, cost,
                costDetails, openingTimes, accessibility);
    }

    /** The names of the fields (as {@link DirectoryDraft} calls them) that differ between two contents. */
    static List<String> changedFields(DirectoryDraft before, DirectoryDraft after) {
        List<String> changed = new ArrayList<>();
        var components = DirectoryDraft.class.getRecordComponents();
        for (var component : components) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
