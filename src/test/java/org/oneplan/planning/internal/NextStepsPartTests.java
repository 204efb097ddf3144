package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What question 7's actions and review arrangements give an agreed version, and what the completeness check finds missing. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class NextStepsPartTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.util.List<PlanPart> parts;

    @Test
    void givesTheActionsAndReviewArrangementsInWordsAndWhatIsMissing() throws Exception {
        UUID team = accounts.newTeam("Part").id();
        UUID person = testPeople.onCaseload(team, "Pat", "Part").id();
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        String plan = "/people/" + person + "/plan";
        mvc.perform(as(coordinator, post(plan), accounts));
        UUID planId = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, person);
        PlanPart part = parts.stream().filter(NextStepsPart.class::isInstance).findFirst().orElseThrow();

        assertThat(part.content(planId)).isEmpty();
        assertThat(part.gaps(planId, person)).containsExactly(
                new PlanPart.Gap("planning.gap.reviewDate", plan + "/review-arrangements"),
                new PlanPart.Gap("planning.gap.actions", plan + "/actions/new"));

        mvc.perform(as(coordinator, post(plan + "/actions/new"), accounts).param("text", "Join the walking group")
                .param("owner", "ORGANISATION").param("ownerName", "Age UK Leeds").param("dueDate.day", "1")
                .param("dueDate.month", "6").param("dueDate.year", "2099").param("outcomeId", "none")
                .param("layer", "COMMUNITY"));
        LocalDate review = LocalDate.now(ZoneOffset.UTC).plusMonths(1);
        mvc.perform(as(coordinator, post(plan + "/review-arrangements"), accounts).param("checkIns", "CALL")
                .param("checkInDetail", "If Pat asks").param("nextReview.day", "" + review.getDayOfMonth())
                .param("nextReview.month", "" + review.getMonthValue()).param("nextReview.year", "" + review.getYear()));

        var sections = part.content(planId);
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).section()).isEqualTo(PlanSection.NEXT);
        assertThat(sections.get(0).title()).isEqualTo("Actions and review arrangements");
        assertThat(sections.get(0).items()).extracting(PlanPart.VersionedItem::label, PlanPart.VersionedItem::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Action", "Join the walking group. Who: Age UK Leeds. "
                                + "By 1 June 2099. Community (groups, TimeBanks, libraries, cafés, leisure)."),
                        org.assertj.core.groups.Tuple.tuple("How will informal check-ins happen?", "Phone call. If Pat asks"),
                        org.assertj.core.groups.Tuple.tuple("Date of the next formal review", review.format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        assertThat(part.gaps(planId, person)).isEmpty();
    }

    static MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request,
                                            TestAccounts accounts) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }
}
