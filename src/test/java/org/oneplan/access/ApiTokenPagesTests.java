package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class ApiTokenPagesTests {

    private static final Pattern TOKEN = Pattern.compile("id=\"token-value\">(oneplan_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    /** Creates a token through the pages and returns its value, read from the confirmation page. */
    static String createToken(MockMvc mvc, AccountPrincipal principal, String name) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(csrf()).with(user(principal))
                        .param("name", name).param("lifetimeDays", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("token shown on the confirmation page").isTrue();
        return matcher.group(1);
    }

    @Test
    void aNewTokenIsShownOnceThenListedWithoutItsValue() throws Exception {
        var me = accounts.principal(accounts.newUser(Set.of(), Role.SUPPORTER));
        mvc.perform(get("/account/tokens").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no API tokens")));
        mvc.perform(get("/account/tokens/new").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"90\"")));

        String token = createToken(mvc, me, "Weekly report");

        mvc.perform(get("/account/tokens").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly report")))
                .andExpect(content().string(containsString("Active")))
                .andExpect(content().string(not(containsString(token))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | 30 | name | Enter a name for the token",
        "Report | 366 | lifetimeDays | Enter a number of days from 1 to 365",
        "Report | soon | lifetimeDays | Enter a number of days from 1 to 365",
        "Report | 0 | lifetimeDays | Enter a number of days from 1 to 365"})
    void mistakesAreShownAgainstTheFieldKeepingWhatWasTyped(String name, String days, String field, String message)
            throws Exception {
        var me = accounts.principal(accounts.newUser(Set.of(), Role.PERSON));
        mvc.perform(post("/account/tokens").with(csrf()).with(user(me)).param("name", name).param("lifetimeDays", days))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + days + "\"")));
    }

    @Test
    void aTokenIsRevokedAfterConfirmingAndOnlyByItsOwner() throws Exception {
        var me = accounts.principal(accounts.newUser(Set.of(), Role.COORDINATOR));
        var someoneElse = accounts.principal(accounts.newUser(Set.of(), Role.COORDINATOR));
        createToken(mvc, me, "Spreadsheet");
        String list = mvc.perform(get("/account/tokens").with(user(me))).andReturn().getResponse().getContentAsString();
        Matcher revokeLink = Pattern.compile("href=\"(/account/tokens/[0-9a-f-]+/revoke)\"").matcher(list);
        assertThat(revokeLink.find()).isTrue();
        String url = revokeLink.group(1);

        mvc.perform(get(url).with(user(someoneElse))).andExpect(status().isNotFound());
        mvc.perform(post(url).with(csrf()).with(user(someoneElse))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the token \u2018Spreadsheet\u2019?")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post(url).with(csrf()).with(user(me))).andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("banner", containsString("has been revoked")));
        mvc.perform(get("/account/tokens").with(user(me)))
                .andExpect(content().string(containsString("Revoked")));
        mvc.perform(get("/account/tokens/not-a-uuid/revoke").with(user(me))).andExpect(status().isNotFound());
    }
}
