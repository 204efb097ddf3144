package org.oneplan.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaAccounts implements Accounts {

    private final UserAccountRepository users;

    JpaAccounts(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> findIdByUsername(String username) {
        return users.findByUsername(username).map(UserAccount::id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(UUID userId) {
        return users.findById(userId).map(UserAccount::displayName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(UUID userId) {
        return users.findById(userId).map(UserAccount::username);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> findSupporter(String username) {
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> a.active() && a.roles().contains(org.oneplan.access.Role.SUPPORTER))
                .map(UserAccount::id);
    }

    @Override
    public void linkToPerson(UUID userId, UUID personId) {
        users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No such account"))
                .linkToPerson(personId);
    }
}
