package org.oneplan.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryCategories.Category;
import org.oneplan.web.Validation;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The rules a CSV file and each of its rows must pass, with no database: the same checks as the entry form. */
class CsvImportRulesTests {

    static final String HEADER = "name,description,category,area,phone,email,website,cost,last_checked\n";

    private final CsvImportRules rules = rules();

    static CsvImportRules rules() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/directory", "messages/web");
        messages.setDefaultEncoding("UTF-8");
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        DirectoryCategories categories = new DirectoryCategories(List.of(new Category("timebank", "TimeBank", "h"),
                new Category("cafe", "Café", "h"), new Category("other", "Other", "h")));
        return new CsvImportRules(categories, new Validation(validator), messages,
                Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    }

    CsvImportRules.Parsed read(String csv) {
        return rules.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            all columns                  | Swap Shop,Hour for an hour,timebank,North,01632 960001,a@example.org,https://x.example.org,free,2026-04-30
            only the required ones       | Swap Shop,Hour for an hour,timebank,North,,,,,
            a category by its label      | Swap Shop,Hour for an hour,TIMEBANK,North,,,,,
            a label with an accent       | Memory Café,Tea and music,café,South,,,,,
            a cost in capitals           | Swap Shop,Hour for an hour,timebank,North,,,,Donation,
            a UK date                    | Swap Shop,Hour for an hour,timebank,North,,,,,30/4/2026
            spaces around values         | "  Swap Shop ",  Hour for an hour ,timebank,North,,,,,
            a description with a comma   | Swap Shop,"Lifts, gardening and forms",timebank,North,,,,,
            """)
    void aGoodRowIsAccepted(String why, String row) {
        CsvImportRules.Parsed parsed = read(HEADER + row + "\n");
        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.problems()).as(why).isEmpty();
            assertThat(r.draft().name()).isIn("Swap Shop", "Memory Café");
            assertThat(r.draft().category()).isIn("timebank", "cafe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no name                 | ,Hour for an hour,timebank,North,,,,,                        | Enter the name
            no description          | Swap Shop,,timebank,North,,,,,                               | Enter a description
            no category             | Swap Shop,Hour for an hour,,North,,,,,                       | Choose a category
            an unknown category     | Swap Shop,Hour for an hour,bakery,North,,,,,                 | ‘bakery’ is not a category
            no area                 | Swap Shop,Hour for an hour,timebank,,,,,,                    | Enter the area
            a phone with letters    | Swap Shop,Hour for an hour,timebank,North,ring me,,,,        | Enter a phone number
            a bad email             | Swap Shop,Hour for an hour,timebank,North,,at-nowhere,,,     | Enter an email address
            a website with no http  | Swap Shop,Hour for an hour,timebank,North,,,www.x.org,,      | starting http:// or https://
            an unknown cost         | Swap Shop,Hour for an hour,timebank,North,,,,cheap,          | ‘cheap’ is not a cost
            a date that is not one  | Swap Shop,Hour for an hour,timebank,North,,,,,31/02/2026     | ‘31/02/2026’ is not a date
            a date in the future    | Swap Shop,Hour for an hour,timebank,North,,,,,2026-05-02     | is in the future
            a short row             | Swap Shop,Hour for an hour                                   | Choose a category
            """)
    void aBadRowIsRefusedWithItsReason(String why, String row, String reason) {
        CsvImportRules.Parsed parsed = read(HEADER + row + "\n");
        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.problems()).as(why).anySatisfy(p -> assertThat(p).contains(reason));
        });
    }

    @Test
    void aRowWithSeveralProblemsListsThemAll() {
        var row = read(HEADER + ",,bakery,,,,,cheap,\n").rows().get(0);
        assertThat(row.problems()).hasSize(5);
    }

    @Test
    void linesCountTheHeaderAsOneAndEmptyRowsAreSkippedButCounted() {
        var rows = read(HEADER + "A,B,timebank,North,,,,,\n\n,,,,,,,,\nC,D,cafe,South,,,,,\n").rows();
        assertThat(rows).extracting(CsvImportRules.Row::line).containsExactly(2L, 5L);
    }

    @Test
    void aQuotedValueMayRunOverSeveralLines() {
        var rows = read(HEADER + "A,\"First line\nsecond line\",timebank,North,,,,,\nC,D,cafe,South,,,,free,\n").rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).draft().description()).isEqualTo("First line\nsecond line");
        assertThat(rows.get(1).draft().cost()).isEqualTo(Cost.FREE);
    }

    @Test
    void headersAreMatchedInAnyCaseWithSpacesForUnderscores() {
        var parsed = read("Name,Description,Category,AREA,Opening times,Cost-Details,Last Checked\n"
                + "A,B,timebank,North,Mondays,£2,1/4/2026\n");
        assertThat(parsed.fileProblems()).isEmpty();
        var row = parsed.rows().get(0);
        assertThat(row.draft().openingTimes()).isEqualTo("Mondays");
        assertThat(row.draft().costDetails()).isEqualTo("£2");
        assertThat(row.lastChecked()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a required column missing  | name,description,category\\nA,B,timebank          | The file has no ‘area’ column
            an unknown column          | name,description,category,area,colour\\nA,B,C,D,E | The file has columns nobody knows: colour
            a column named twice       | name,description,category,area,Name\\nA,B,C,D,E   | The column ‘Name’ is named twice
            an unclosed quote          | name,description,category,area\\n"A,B,C,D         | is not a CSV file that can be read
            nothing in it              | '   '                                              | The file is empty
            """)
    void aFileWithABadHeaderIsRefusedWhole(String why, String csv, String problem) {
        var parsed = read(csv.replace("\\n", "\n"));
        assertThat(parsed.rows()).as(why).isEmpty();
        assertThat(parsed.fileProblems()).anySatisfy(p -> assertThat(p).contains(problem));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "Café,B,cafe,North,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rules.read(latin1).fileProblems()).singleElement().asString().contains("UTF-8");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        assertThat(read("\uFEFF" + HEADER + "A,B,timebank,North,,,,,\n").fileProblems()).isEmpty();
    }
}
