package org.oneplan.planning;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;

/** Community directory entries for plan tests, each in an area of its own, kept by an administrator of the team. */
final class DirectoryEntries {

    private final TestAccounts accounts;
    private final DirectoryMaintenance maintenance;
    private final DirectoryUse uses;
    private final UserAccount administrator;
    private final String area = "Area " + UUID.randomUUID().toString().substring(0, 8);

    DirectoryEntries(TestAccounts accounts, DirectoryMaintenance maintenance, DirectoryUse uses, UUID team) {
        this.accounts = accounts;
        this.maintenance = maintenance;
        this.uses = uses;
        this.administrator = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
    }

    /** A TimeBank with a phone number and an email address. */
    UUID add(String name) {
        return SignedIn.as(accounts.principal(administrator), () -> maintenance.add(draft(name, "01632 960000"))).id();
    }

    /** The administrator gives the entry a new phone number. */
    void rephone(UUID entry, String phone) {
        SignedIn.as(accounts.principal(administrator), () -> {
            var now = uses.linked(List.of(entry)).get(entry);
            return maintenance.change(entry, draft(now.name(), phone), now.version());
        });
    }

    private DirectoryDraft draft(String name, String phone) {
        return new DirectoryDraft(name, "Swap an hour of help for an hour of help", "timebank", area, phone,
                "hello@example.org", null, null, Cost.FREE, null, null, null);
    }

    void retire(UUID entry) {
        SignedIn.as(accounts.principal(administrator), () -> maintenance.retire(entry));
    }

    /** How many plans use the entry now, as the directory counts them. */
    long plansUsing(UUID entry) {
        return SignedIn.as(accounts.principal(administrator), () -> uses.plansUsing(entry));
    }

    String area() {
        return area;
    }
}
