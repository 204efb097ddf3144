package org.oneplan.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about people: only ever those the signed-in user may see. */
public interface People {

    /** The person, if they exist and the caller may see them; a refusal is audited. */
    Optional<PersonSummary> findVisible(UUID personId);

    /**
     * The person's whole record, if the caller may see it; a refusal is audited. Records no view of its
     * own: the caller's page records what was looked at.
     */
    Optional<PersonRecord> findRecord(UUID personId);

    /**
     * The first {@code limit} people on the caller's teams' caseloads, by name; refused unless the caller is
     * team staff. The listing is audited like a caseload search.
     */
    List<PersonSummary> onMyCaseloads(int limit);

    /**
     * How to tell the person of a change to their plan, for the notifications module. Not limited to what the
     * caller may see, as it runs for changes made by staff of another team and by scheduled jobs with nobody
     * signed in; it gives only the preferred way of contact and the email address.
     */
    Optional<ContactPreference> contactPreference(UUID personId);

    /** Whether the caller may plan with the person: a coordinator, administrator or manager of their teams. */
    boolean mayPlanFor(UUID personId);

    /** Whether the person shares their record with the caller, a supporter in their circle with an account. */
    boolean sharesWithMe(UUID personId);

    /**
     * The people whose named coordinator is the caller (as a member of staff), among those on the caller's teams'
     * caseloads; one query. Names nobody, so it is not audited: the caller's list records what it shows.
     */
    List<UUID> coordinatedByMe();

    /**
     * Those of {@code personIds} on the caller's teams' caseloads, in one query (for the names on a page of a
     * list); empty for anyone but team staff. The caller's list audits the listing.
     */
    List<PersonSummary> onMyCaseloadsAmong(Collection<UUID> personIds);
}
