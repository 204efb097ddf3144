package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoriser's queue: the plans of people on their teams' caseloads now with the authoriser, longest waiting
 * first, each with its working days and flag against the target. A page costs the same few queries however long
 * the queue and however many people the teams hold: one page of sign-offs scoped by the teams in the database, its
 * count, and the names of that page's people (from the people module). The listing is audited once, naming nobody.
 */
@Service
@Transactional(readOnly = true)
public class SignOffQueue {

    private final SignOffQueries queries;
    private final People people;
    private final SignOffSettings settings;
    private final SignOffAges ages;
    private final CurrentUsers users;
    private final AuditTrail audit;

    SignOffQueue(SignOffQueries queries, People people, SignOffSettings settings, SignOffAges ages,
                 CurrentUsers users, AuditTrail audit) {
        this.queries = queries;
        this.people = people;
        this.settings = settings;
        this.ages = ages;
        this.users = users;
        this.audit = audit;
    }

    /** One plan in the queue: who, when it was sent, its working days and flag, and how many have signed it off. */
    public record Row(PersonSummary person, Instant submittedAt, int workingDays, SignOffAges.Flag flag,
                      int authorisersNeeded, boolean firstSigned) {
    }

    public record Queue(Page<Row> page, int targetDays) {
    }

    public Queue waiting(Pageable pageable) {
        CurrentUser user = users.require();
        if (!user.has(Role.AUTHORISER)) {
            throw new AccessDeniedException("Only authorisers have a sign-off queue");
        }
        if (user.teamIds().isEmpty()) {
            throw new AccessDeniedException("Only team staff search caseloads");
        }
        int target = settings.forCurrentUser().targetDays();
        Page<SignOff> page = queries.waiting(user.teamIds(), pageable);
        audit.record(AuditAction.SEARCHED, BudgetGuard.RECORD_TYPE, null, "Listed the plans waiting for sign-off");
        Set<UUID> ids = page.stream().map(SignOff::personId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> byId = ids.isEmpty() ? Map.of() : people.onMyCaseloadsAmong(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return new Queue(page.map(s -> {
            int days = ages.since(s.submittedAt());
            return new Row(byId.get(s.personId()), s.submittedAt(), days, SignOffAges.flag(days, target),
                    s.authorisersNeeded(), s.firstSignedBy() != null);
        }), target);
    }
}
