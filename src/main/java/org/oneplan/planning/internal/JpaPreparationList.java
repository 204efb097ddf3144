package org.oneplan.planning.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PreparationList;
import org.oneplan.planning.PreparationOutstanding;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose preparation is outstanding: the caller's caseloads from the people module (which checks and
 * audits the listing), then every draft plan among them with its answered prompts in one query.
 */
@Service
@Transactional(readOnly = true)
class JpaPreparationList implements PreparationList {

    /** More people than any team holds; beyond it the list would need paging in the people module too. */
    static final int MOST_PEOPLE = 2000;
    private static final List<PlanSection> PREPARATION = Arrays.stream(PlanSection.values())
            .filter(s -> s.stage() == PlanSection.Stage.PREPARATION).toList();

    private final People people;
    private final PreparationQueries queries;

    JpaPreparationList(People people, PreparationQueries queries) {
        this.people = people;
        this.queries = queries;
    }

    @Override
    public Page<PreparationOutstanding> outstanding(Pageable pageable) {
        List<PersonSummary> caseload = people.onMyCaseloads(MOST_PEOPLE);
        Map<UUID, PersonSummary> byId = caseload.stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<UUID, Set<PlanPrompt>> answered = new HashMap<>();
        if (!byId.isEmpty()) {
            for (PreparationQueries.Answered row : queries.answered(PlanStatus.DRAFT, byId.keySet())) {
                Set<PlanPrompt> prompts = answered.computeIfAbsent(row.getPersonId(), id -> EnumSet.noneOf(PlanPrompt.class));
                if (row.getPrompt() != null) {
                    prompts.add(row.getPrompt());
                }
            }
        }
        List<PreparationOutstanding> outstanding = caseload.stream().filter(p -> answered.containsKey(p.id()))
                .map(p -> new PreparationOutstanding(p, missing(answered.get(p.id()))))
                .filter(o -> !o.missing().isEmpty()).toList();
        int from = (int) Math.min(pageable.getOffset(), outstanding.size());
        int to = Math.min(from + pageable.getPageSize(), outstanding.size());
        return new PageImpl<>(outstanding.subList(from, to), pageable, outstanding.size());
    }

    private static List<PlanSection> missing(Set<PlanPrompt> answered) {
        return PREPARATION.stream().filter(s -> !answered.containsAll(s.prompts())).toList();
    }
}
