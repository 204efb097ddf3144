package org.oneplan.access.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: a Spring Security user that also carries the account id. */
public class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final boolean mustChangePassword;

    public AccountPrincipal(UUID userId, String username, String passwordHash, boolean enabled,
                            boolean mustChangePassword, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.mustChangePassword = mustChangePassword;
    }

    public UUID userId() {
        return userId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
