package org.oneplan.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.web.FieldProblem;

class FrameworkFilesTests {

    /** A small valid framework; the tests below break it one way at a time. */
    static final String VALID = """
            key: tiny
            version: 2
            title: Tiny framework
            attribution: {publisher: Example Press, year: 2024}
            sections:
            - number: 1
              title: Doing
              stages:
              - {number: 1, title: Start}
              items:
              - code: A-1
                stage: 1
                title: First thing
                statements:
                - {level: 1, text: One}
                - {level: 2, text: Two}
                - {level: 3, text: Three}
                - {level: 4, text: Four}
                - {level: 5, text: Five}
            """;

    @Test
    void readsAValidFile() {
        FrameworkFiles.Result result = FrameworkFiles.read(VALID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.framework().key()).isEqualTo("tiny");
        assertThat(result.framework().version()).isEqualTo(2);
        assertThat(result.framework().attribution().year()).isEqualTo(2024);
        assertThat(result.framework().item("A-1").orElseThrow().statement(5).orElseThrow().text()).isEqualTo("Five");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too few statements       | '- {level: 5, text: Five}'        | ''                                     | sections[0].items[0].statements | A-1 has 4 statements; every item needs exactly 5.
            too many statements      | '- {level: 5, text: Five}'        | '- {level: 5, text: Five}\\n    - {level: 5, text: Again}' | sections[0].items[0].statements | A-1 has 6 statements
            level repeated           | '- {level: 5, text: Five}'        | '- {level: 4, text: Five}'             | sections[0].items[0].statements | levels [1, 2, 3, 4, 4]; they must be 1, 2, 3, 4 and 5
            level zero               | '- {level: 1, text: One}'         | '- {level: 0, text: One}'              | sections[0].items[0].statements | levels [0, 2, 3, 4, 5]
            level six                | '- {level: 5, text: Five}'        | '- {level: 6, text: Five}'             | sections[0].items[0].statements | levels [1, 2, 3, 4, 6]
            level not a number       | '- {level: 5, text: Five}'        | '- {level: five, text: Five}'          | sections[0].items[0].statements[4].level | must be a whole number
            missing statement text   | '- {level: 5, text: Five}'        | '- {level: 5}'                         | sections[0].items[0].statements[4].text | is missing.
            blank statement text     | '- {level: 5, text: Five}'        | '- {level: 5, text: \" \"}'            | sections[0].items[0].statements[4].text | must not be blank
            missing item title       | 'title: First thing'              | 'introduction: No title'               | sections[0].items[0].title | is missing.
            missing framework title  | 'title: Tiny framework'           | 'subtitle: Tiny framework'             | title | is missing.
            missing section title    | 'title: Doing'                    | ''                                     | sections[0].title | is missing.
            unknown stage            | 'stage: 1'                        | 'stage: 7'                             | sections[0].items[0].stage | A-1 is in stage 7, which section 1 does not have.
            item without stage       | 'stage: 1'                        | ''                                     | sections[0].items[0].stage | A-1 needs a stage
            duplicate stage          | '- {number: 1, title: Start}'     | '- {number: 1, title: Start}\\n  - {number: 1, title: Again}' | sections[0].stages[1].number | Stage number 1 is used more than once
            unknown field            | 'title: First thing'              | 'title: First thing\\n    colour: red'  | sections[0].items[0].colour | is not a field of a framework file
            text that is not text    | 'title: First thing'              | 'title: 2024-01-01'                    | sections[0].items[0].title | must be text
            bad key                  | 'key: tiny'                       | 'key: Tiny Framework!'                 | key | The key must be lower-case letters
            reserved key             | 'key: tiny'                       | 'key: load'                            | key | The key "load" is reserved
            version zero             | 'version: 2'                      | 'version: 0'                           | version | The version must be a whole number from 1
            no sections              | 'sections:'                       | 'chapters:'                            | sections | A framework needs at least one section.
            """)
    void reportsEachKindOfProblem(String kind, String from, String to, String field, String message) {
        String broken = VALID.replace(from, to.replace("\\n", "\n"));
        assertThat(broken).as("the test changes the file").isNotEqualTo(VALID);
        FrameworkFiles.Result result = FrameworkFiles.read(broken);
        assertThat(result.valid()).isFalse();
        assertThat(result.framework()).isNull();
        assertThat(result.problems()).as(kind).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void reportsADuplicateItemCode() {
        String item = VALID.substring(VALID.indexOf("  - code: A-1"));
        FrameworkFiles.Result result = FrameworkFiles.read(VALID + item);
        assertThat(result.problems()).containsExactly(
                new FieldProblem("sections[0].items[1].code", "Item code A-1 is used more than once."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed bracket   | 'key: [tiny'                        | The file is not valid YAML
            bad indentation    | 'key: tiny\\n  version: 1\\n title: x' | The file is not valid YAML
            duplicate key      | 'key: a\\nkey: b'                   | The file is not valid YAML
            a list             | '- key: tiny'                       | must be a YAML mapping
            just text          | 'hello'                             | must be a YAML mapping
            empty              | '   '                               | The file is empty.
            a java object tag  | '!!javax.script.ScriptEngineManager [x]' | The file is not valid YAML
            two documents      | 'key: a\\n---\\nkey: b'             | The file is not valid YAML
            """)
    void reportsFilesThatAreNotFrameworksAtAllWithoutThrowing(String kind, String text, String message) {
        FrameworkFiles.Result result = FrameworkFiles.read(text.replace("\\n", "\n"));
        assertThat(result.framework()).isNull();
        assertThat(result.problems()).as(kind).singleElement().satisfies(p -> assertThat(p.message()).contains(message));
    }

    @Test
    void refusesTextThatIsNotUtf8OrTooLarge() {
        byte[] latin1 = VALID.replace("Tiny framework", "Café").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FrameworkFiles.read(latin1).problems()).extracting(FieldProblem::message)
                .containsExactly("The file must be text in UTF-8.");
        assertThat(FrameworkFiles.read("x".repeat(FrameworkFiles.MAX_CHARACTERS + 1)).problems())
                .extracting(FieldProblem::message).singleElement().asString().contains("larger than");
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] withBom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
        assertThat(FrameworkFiles.read(withBom).problems()).isEmpty();
    }
}
