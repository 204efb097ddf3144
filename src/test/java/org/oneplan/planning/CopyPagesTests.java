package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CopyPagesTests extends PlanPagesSupport {

    String copies() {
        return plan() + "/copies";
    }

    MockHttpServletRequestBuilder given(String recipient, String document, String version, String format, LocalDate on) {
        return given(recipient, document, version, format, "" + on.getDayOfMonth(), "" + on.getMonthValue(),
                "" + on.getYear());
    }

    MockHttpServletRequestBuilder given(String recipient, String document, String version, String format,
                                        String day, String month, String year) {
        return as(coordinator, post(copies() + "/new")).param("recipient", recipient).param("document", document)
                .param("version", version).param("format", format).param("givenOn.day", day)
                .param("givenOn.month", month).param("givenOn.year", year);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void copiesGivenToThePersonASupporterAndSomeoneElseAreListedNewestFirstWithWhoRecordedThem() throws Exception {
        UUID sister = testPeople.addToCircle(person, new CircleMemberDetails("Jo Plan", "Sister", Circle.INTIMACY,
                Set.of(), null, null, false), null).id();
        mvc.perform(as(coordinator, get(copies()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No copies have been recorded yet.")));
        mvc.perform(as(coordinator, get(copies() + "/new"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Plan (the person)")))
                .andExpect(content().string(containsString("Jo Plan (Sister)")))
                .andExpect(content().string(containsString("value=\"" + sister + "\"")));
        mvc.perform(given("PERSON", "PLAN", "draft", "LARGE_PRINT", today().minusDays(10)))
                .andExpect(redirectedUrl(copies()));
        mvc.perform(given(sister.toString(), "ONE_PAGE_PROFILE", "draft", "PRINTED", today().minusDays(5)))
                .andExpect(redirectedUrl(copies()));
        mvc.perform(given("SOMEONE_ELSE", "ONE_PAGE_PROFILE", "draft", "EMAIL_ATTACHMENT", today())
                .param("name", "Dr <i>Shah</i>").param("organisation", "Riverside Surgery")).andExpect(redirectedUrl(copies()));
        String page = mvc.perform(as(coordinator, get(copies()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dr &lt;i&gt;Shah&lt;/i&gt;", "(Riverside Surgery)", "Email attachment",
                "Jo Plan", "Circle of support", "Printed copy", "The one-page profile",
                "Ada Plan", "The person", "Large print", "The whole plan", "As it stood (not agreed)",
                coordinator.username());
        assertThat(page.indexOf("<span>Dr &lt;i&gt;Shah")).isLessThan(page.indexOf("<span>Jo Plan</span>"));
        assertThat(page.indexOf("<span>Jo Plan</span>")).isLessThan(page.indexOf("<span>Ada Plan</span>"));
        assertThat(jdbc.queryForList("select detail from audit_event where record_id = ? and action = 'CREATED'",
                String.class, person)).contains("Recorded a copy of the plan given",
                "Recorded a copy of the one-page profile given");
    }

    @Test
    void aCopyOfAnAgreedVersionSaysWhichAndAVersionNeverAgreedIsRefused() throws Exception {
        UUID plan = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, person);
        jdbc.update("insert into plan_version (id, plan_id, number, content, content_hash, agreed_at, recorded_by) "
                + "values (?, ?, 1, '[]', 'x', current_timestamp, 'sam')", UUID.randomUUID(), plan);
        mvc.perform(as(coordinator, get(copies() + "/new")))
                .andExpect(content().string(containsString("Version 1, as agreed")));
        mvc.perform(given("PERSON", "PLAN", "2", "POSTED", today())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a version of the plan that has been agreed")));
        mvc.perform(given("PERSON", "PLAN", "1", "POSTED", today())).andExpect(redirectedUrl(copies()));
        mvc.perform(as(coordinator, get(copies())))
                .andExpect(content().string(containsString("Version 1, as agreed")))
                .andExpect(content().string(containsString("Posted letter")));
    }

    @Test
    void anEmptyFormShowsEveryProblemInTheErrorSummary() throws Exception {
        mvc.perform(as(coordinator, post(copies() + "/new"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select which version was given")));
        mvc.perform(as(coordinator, post(copies() + "/new")).param("version", "draft"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select who was given the copy")))
                .andExpect(content().string(containsString("href=\"#recipient\"")));
        mvc.perform(given("SOMEONE_ELSE", "PLAN", "draft", "PRINTED", today())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the name of the person who was given the copy")));
        mvc.perform(given("PERSON", "", "draft", "PRINTED", today())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select which document was given")));
        mvc.perform(given(UUID.randomUUID().toString(), "PLAN", "draft", "PRINTED", today()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select who was given the copy")));
        assertThat(jdbc.queryForObject("select count(*) from plan_copy c join care_plan p on p.id = c.plan_id "
                + "where p.person_id = ?", Integer.class, person)).isZero();
    }

    @Test
    void theDateMustBeRealAndNotInTheFuture() throws Exception {
        mvc.perform(given("PERSON", "PLAN", "draft", "PRINTED", today().plusDays(1))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be today or in the past")));
        mvc.perform(given("PERSON", "PLAN", "draft", "PRINTED", "31", "2", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(given("PERSON", "PLAN", "draft", "PRINTED", "", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the date the copy was given")));
    }

    @Test
    void downloadingAPdfRecordsNoCopy() throws Exception {
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?document=one-page-profile"))).andExpect(status().isOk());
        mvc.perform(as(coordinator, get(copies())))
                .andExpect(content().string(containsString("No copies have been recorded yet.")));
    }

    @Test
    void readersSeeTheCopiesOnlyPlannersRecordThemAndOutsidersFindNothing() throws Exception {
        mvc.perform(given("PERSON", "PLAN", "draft", "PRINTED", today())).andExpect(redirectedUrl(copies()));
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(copies()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Printed copy")))
                .andExpect(content().string(not(containsString("/copies/new"))));
        mvc.perform(as(authoriser, get(copies() + "/new"))).andExpect(status().isForbidden());
        mvc.perform(as(authoriser, post(copies() + "/new")).param("recipient", "PERSON")).andExpect(status().isForbidden());
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(outsider, get(copies()))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(copies() + "/new"))).andExpect(status().isNotFound());
        mvc.perform(given("PERSON", "PLAN", "draft", "PRINTED", today()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        accounts.principal(outsider)))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from plan_copy c join care_plan p on p.id = c.plan_id "
                + "where p.person_id = ?", Integer.class, person)).isEqualTo(1);
    }
}
