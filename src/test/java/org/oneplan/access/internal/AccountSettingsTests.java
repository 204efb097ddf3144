package org.oneplan.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.RecordGrants;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountSettingsTests {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final TeamRepository teams = mock(TeamRepository.class);

    @Test
    void aSupporterSeesThePeopleWhoSharedTheirRecordWhenTheGrantsAreAvailable() {
        UserAccount supporter = account(Role.SUPPORTER);
        UUID shared = UUID.randomUUID();
        RecordGrants grants = userId -> userId.equals(supporter.id()) ? Set.of(shared) : Set.of();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("grants", grants);

        assertThat(settings(beans).me(supporter.id()).personIds()).containsExactly(shared);
    }

    @Test
    void withoutTheGrantsASupporterSeesNobody() {
        UserAccount supporter = account(Role.SUPPORTER);
        assertThat(settings(new StaticListableBeanFactory()).me(supporter.id()).personIds()).isEmpty();
    }

    @Test
    void staffSeeNoPersonIdsEvenIfLinked() {
        UserAccount coordinator = account(Role.COORDINATOR);
        coordinator.linkToPerson(UUID.randomUUID());
        assertThat(settings(new StaticListableBeanFactory()).me(coordinator.id()).personIds()).isEmpty();
    }

    private UserAccount account(Role role) {
        UserAccount account = new UserAccount("someone", "Some One", null, "hash", Instant.now());
        account.assign(Set.of(role), Set.of());
        when(users.findById(account.id())).thenReturn(Optional.of(account));
        when(teams.findAllById(Set.of())).thenReturn(List.of());
        return account;
    }

    private AccountSettings settings(StaticListableBeanFactory beans) {
        return new AccountSettings(users, teams, mock(PasswordEncoder.class), mock(AuditTrail.class),
                Clock.systemUTC(), beans.getBeanProvider(RecordGrants.class));
    }
}
