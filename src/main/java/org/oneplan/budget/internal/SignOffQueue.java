package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoriser's queue: the plans of people on their teams' caseloads now with the authoriser, longest waiting
 * first, each with its working days and flag against the target. A page costs the same few queries however long
 * the queue: the caseload (from the people module, which audits the listing), one page of sign-offs and a count.
 */
@Service
@Transactional(readOnly = true)
public class SignOffQueue {

    /** More people than any team holds, as for the list of preparation to finish. */
    static final int MOST_PEOPLE = 2000;

    private final SignOffRepository signOffs;
    private final People people;
    private final SignOffSettings settings;
    private final SignOffAges ages;
    private final CurrentUsers users;

    SignOffQueue(SignOffRepository signOffs, People people, SignOffSettings settings, SignOffAges ages,
                 CurrentUsers users) {
        this.signOffs = signOffs;
        this.people = people;
        this.settings = settings;
        this.ages = ages;
        this.users = users;
    }

    /** One plan in the queue: who, when it was sent, its working days and flag, and how many have signed it off. */
    public record Row(PersonSummary person, Instant submittedAt, int workingDays, SignOffAges.Flag flag,
                      int authorisersNeeded, boolean firstSigned) {
    }

    public record Queue(Page<Row> page, int targetDays) {
    }

    public Queue waiting(Pageable pageable) {
        if (!users.require().has(Role.AUTHORISER)) {
            throw new AccessDeniedException("Only authorisers have a sign-off queue");
        }
        Map<UUID, PersonSummary> byId = people.onMyCaseloads(MOST_PEOPLE).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        int target = settings.forCurrentUser().targetDays();
        if (byId.isEmpty()) {
            return new Queue(new PageImpl<>(List.of(), pageable, 0), target);
        }
        Page<SignOff> page = signOffs.atStage(SignOffStatus.Stage.WITH_AUTHORISER, byId.keySet(), pageable);
        return new Queue(page.map(s -> {
            int days = ages.since(s.submittedAt());
            return new Row(byId.get(s.personId()), s.submittedAt(), days, SignOffAges.flag(days, target),
                    s.authorisersNeeded(), s.firstSignedBy() != null);
        }), target);
    }
}
