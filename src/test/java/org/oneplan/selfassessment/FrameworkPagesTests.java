package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditQuery;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class FrameworkPagesTests {

    static final String LOAD = "/admin/frameworks/load";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Frameworks frameworks;
    @Autowired AuditTrail audit;

    UserAccount systemAdmin;
    String key;

    @BeforeEach
    void setUp() {
        systemAdmin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        key = "pages-" + UUID.randomUUID().toString().substring(0, 8);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserAccount account, B request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    ResultActions upload(String fileName, String content) throws Exception {
        return mvc.perform(as(systemAdmin, multipart(LOAD).file(new MockMultipartFile("file", fileName,
                "application/yaml", content.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The shipped Progress file under another key and title. */
    String progressAs(String newKey, String newTitle) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/frameworks/progress-pcsp.yaml")) {
            String progress = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return progress.replace("key: progress-pcsp", "key: " + newKey)
                    .replace("title: Progress in Personalised Care and Support Planning", "title: " + newTitle);
        }
    }

    /** The error summary's list, where every problem is shown together. */
    static String errorSummary(String page) {
        int start = page.indexOf("govuk-error-summary__list");
        assertThat(start).as("the page has an error summary").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    @Test
    void theListShowsProgressWithItsFortyItemsAndLinksToIt() throws Exception {
        String page = mvc.perform(as(systemAdmin, get("/admin/frameworks"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a class=\"govuk-link\" href=\"/admin/frameworks/progress-pcsp\">"
                + "Progress in Personalised Care and Support Planning</a>");
        String row = page.substring(page.indexOf("/admin/frameworks/progress-pcsp\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<code>progress-pcsp</code>").contains(">1</td>").contains(">40</td>");
        mvc.perform(as(systemAdmin, get("/admin")))
                .andExpect(content().string(containsString("href=\"/admin/frameworks\"")));
    }

    @Test
    void aFrameworkPageShowsItsVersionsSectionsItemsAndAttribution() throws Exception {
        mvc.perform(as(systemAdmin, get("/admin/frameworks/progress-pcsp")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Progress in Personalised Care and Support Planning</h1>")))
                .andExpect(content().string(containsString("Section 3: ")))
                .andExpect(content().string(containsString(">S1-4a</td>")))
                .andExpect(content().string(containsString(">S3-9</td>")))
                .andExpect(content().string(containsString("Helen Sanderson Associates, 2016")))
                .andExpect(content().string(containsString("978-1-910402-21-4")))
                .andExpect(content().string(containsString(">system</td>")));
        mvc.perform(as(systemAdmin, get("/admin/frameworks/no-such-framework"))).andExpect(status().isNotFound());
    }

    @Test
    void theProgressFileDownloadsAsYaml() throws Exception {
        mvc.perform(as(systemAdmin, get("/admin/frameworks/progress-pcsp/file")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"progress-pcsp-v1.yaml\""))
                .andExpect(content().string(containsString("key: progress-pcsp")));
    }

    @Test
    void coordinatorsAndManagersMayNotSeeOrLoadFrameworks() throws Exception {
        UUID team = accounts.newTeam("Framework pages").id();
        for (Role role : new Role[] {Role.COORDINATOR, Role.MANAGER}) {
            UserAccount staff = accounts.newUser(Set.of(team), role);
            for (String path : new String[] {"/admin/frameworks", "/admin/frameworks/progress-pcsp",
                    "/admin/frameworks/progress-pcsp/file", LOAD}) {
                mvc.perform(as(staff, get(path))).andExpect(status().isForbidden());
            }
            mvc.perform(as(staff, multipart(LOAD).file(new MockMultipartFile("file", "f.yaml", "application/yaml",
                    progressAs(key, "Not allowed").getBytes(StandardCharsets.UTF_8))))).andExpect(status().isForbidden());
        }
        assertThat(frameworks.find(key)).isEmpty();
    }

    @Test
    void theLoadPageOffersAYamlFileUploadAndAPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(as(systemAdmin, get(LOAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("action=\"/admin/frameworks/load\" method=\"post\"")))
                .andExpect(content().string(containsString("<input class=\"govuk-file-upload\" type=\"file\"")))
                .andExpect(content().string(containsString("id=\"file\" name=\"file\" accept=\".yaml,.yml\"")))
                .andExpect(content().string(containsString("href=\"/admin/frameworks/progress-pcsp/file\"")));
        mvc.perform(multipart(LOAD).file(new MockMultipartFile("file", "f.yaml", "application/yaml", new byte[] {1}))
                        .with(user(accounts.principal(systemAdmin))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aValidModifiedFrameworkIsStoredAuditedAndAppearsInTheList() throws Exception {
        Cookie session = upload("changed.yaml", progressAs(key, "Progress for Pages"))
                .andExpect(redirectedUrl("/admin/frameworks/" + key))
                .andExpect(flash().attribute("banner", "Version 1 of Progress for Pages loaded"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(frameworks.find(key)).hasValueSatisfying(f -> assertThat(f.items()).hasSize(40));
        assertThat(audit.search(new AuditQuery(systemAdmin.username(), AuditAction.CREATED, null, null, null, null),
                PageRequest.of(0, 5)).getContent())
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("Loaded framework " + key + " version 1"));
        mvc.perform(as(systemAdmin, get("/admin/frameworks")))
                .andExpect(content().string(containsString("href=\"/admin/frameworks/" + key + "\">Progress for Pages</a>")));
        mvc.perform(as(systemAdmin, get("/admin/frameworks/" + key)).cookie(session))
                .andExpect(content().string(containsString("govuk-notification-banner--success")))
                .andExpect(content().string(containsString("Version 1 of Progress for Pages loaded")));
    }

    @Test
    void everyProblemOfAFileIsListedTogetherAndNothingIsStored() throws Exception {
        int before = frameworks.latest().size();
        String file = """
                key: %s
                version: 1
                title: Three mistakes
                attribution: {publisher: Example Press}
                sections:
                - number: 1
                  title: Everything
                  items:
                  - code: T-1
                    title: Four statements
                    statements: [{level: 1, text: a}, {level: 2, text: b}, {level: 3, text: c}, {level: 4, text: d}]
                  - code: T-1
                    title: Same code
                    statements: [{level: 1, text: a}, {level: 2, text: b}, {level: 3, text: c}, {level: 4, text: d}, {level: 5, text: e}]
                  - code: T-3
                    statements: [{level: 1, text: a}, {level: 2, text: b}, {level: 3, text: c}, {level: 4, text: d}, {level: 5, text: e}]
                """.formatted(key);
        String page = upload("mistakes.yaml", file).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Load a framework</title>");
        assertThat(errorSummary(page))
                .contains("<a href=\"#file\">Item T-1 has 4 statements; every item needs exactly 5.</a>")
                .contains("<a href=\"#file\">Item code T-1 is used more than once.</a>")
                .contains("<a href=\"#file\">&#39;sections[0].items[2].title&#39; is missing.</a>");
        assertThat(frameworks.latest()).hasSize(before);
        assertThat(frameworks.find(key)).isEmpty();
    }

    @Test
    void anEmptyFileAndAFileThatIsNotYamlGetClearMessages() throws Exception {
        assertThat(errorSummary(upload("empty.yaml", "").andReturn().getResponse().getContentAsString()))
                .contains("The file is empty.");
        assertThat(errorSummary(upload("notes.yaml", "key: [" + key + "\ntitle: {").andReturn().getResponse()
                .getContentAsString())).contains("The file is not valid YAML");
        assertThat(errorSummary(upload("list.yaml", "- just\n- a list\n").andReturn().getResponse().getContentAsString()))
                .contains("The file must be a YAML mapping with key, version, title and sections.");
        mvc.perform(as(systemAdmin, multipart(LOAD).file(new MockMultipartFile("file", "", "application/octet-stream",
                        new byte[0])))).andExpect(content().string(containsString("Select a framework file")));
        assertThat(frameworks.find(key)).isEmpty();
    }

    @Test
    void theSameFileLoadedTwiceStoresOneVersionAndSaysSo() throws Exception {
        String file = progressAs(key, "Progress twice");
        upload("twice.yaml", file).andExpect(redirectedUrl("/admin/frameworks/" + key));
        upload("twice.yaml", file)
                .andExpect(redirectedUrl("/admin/frameworks/" + key))
                .andExpect(flash().attribute("notice",
                        "Version 1 of " + key + " is already loaded and the file is the same. Nothing has been changed."))
                .andExpect(flash().attribute("banner", org.hamcrest.Matchers.nullValue()));
        assertThat(frameworks.latest()).filteredOn(f -> f.key().equals(key)).extracting(FrameworkSummary::version)
                .containsExactly(1);
        String changed = upload("changed.yaml", file.replace("title: Progress twice", "title: Progress changed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorSummary(changed)).contains("Version 1 of " + key + " is already loaded with different wording.");
        assertThat(frameworks.find(key)).hasValueSatisfying(f -> assertThat(f.title()).isEqualTo("Progress twice"));
    }

    @Test
    void aFileOverTheUploadLimitGetsAPageThatSaysSo() throws Exception {
        MockPart tooLarge = new MockPart("file", "huge.yaml", new byte[0]) {
            @Override
            public String getHeader(String name) {
                throw new IllegalStateException("The field file exceeds its maximum permitted size of 2097152 bytes.");
            }
        };
        int before = frameworks.latest().size();
        mvc.perform(as(systemAdmin, post(LOAD)).contentType(MediaType.MULTIPART_FORM_DATA).with(request -> {
                    request.addPart(tooLarge);
                    return request;
                }))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">The file is too large</h1>")))
                .andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/admin/frameworks/load\">Choose another file</a>")));
        assertThat(frameworks.latest()).hasSize(before);
    }
}
