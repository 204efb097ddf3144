package org.oneplan.directory.internal;

import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the directory: staff who work with caseloads read it; administrators (team
 * administrators and system administrators) keep it. The pages and the API say the same with
 * {@code @PreAuthorize}; the services check again, so no other way in skips it.
 */
@Component
public class DirectoryAccess {

    public static final String READERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER','SYSTEM_ADMIN')";
    public static final String MAINTAINERS = "hasAnyRole('ADMINISTRATOR','SYSTEM_ADMIN')";

    private final CurrentUsers users;

    DirectoryAccess(CurrentUsers users) {
        this.users = users;
    }

    public static boolean maintains(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.SYSTEM_ADMIN);
    }

    /** Whether the signed-in user keeps the directory (and so may see retired entries in a search). */
    public boolean currentUserMaintains() {
        return users.current().map(DirectoryAccess::maintains).orElse(false);
    }

    CurrentUser reader() {
        CurrentUser user = users.require();
        if (!user.isCaseworker() && !user.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("Only staff read the community directory");
        }
        return user;
    }

    CurrentUser maintainer() {
        CurrentUser user = users.require();
        if (!maintains(user)) {
            throw new AccessDeniedException("Only administrators keep the community directory");
        }
        return user;
    }

    String username() {
        return users.require().username();
    }
}
