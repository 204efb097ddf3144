package org.oneplan.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple 42", "tulips in the rain at Whitby", "kettle-orbit-gravel-9",
        "Mrs Patel walks the dog at six", "q7#Lm2$vX9!pR4&wT1^z"})
    void acceptsLongUnguessablePasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problems(password, "jsmith")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void asksForAPasswordWhenNoneIsGiven(String password) {
        assertThat(policy.problems(password, "jsmith")).containsExactly(PasswordPolicy.REQUIRED);
    }

    @ParameterizedTest
    @CsvSource({"short, password.tooShort", "elevenchars, password.tooShort", "Tr0ub4dor&3, password.tooShort",
        "passwordpassword, password.tooGuessable", "123456789012, password.tooGuessable",
        "qwertyuiopasdf, password.tooGuessable", "iloveyouiloveyou, password.tooGuessable",
        "Password12345!, password.tooGuessable", "abcdefghijklmnop, password.tooGuessable"})
    void rejectsShortAndGuessablePasswords(String password, String expectedKey) {
        assertThat(policy.problems(password, "jsmith")).containsExactly(expectedKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsmith-kettle-orbit", "KETTLE ORBIT JSMITH", "gravel.JSmith.walrus"})
    void rejectsPasswordsContainingTheUsername(String password) {
        assertThat(policy.problems(password, "jsmith")).containsExactly(PasswordPolicy.CONTAINS_USERNAME);
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129, 500})
    void limitsTheLengthSoHashingStaysCheap(int length) {
        String password = "kettle orbit gravel walrus ".repeat(20).substring(0, length);
        assertThat(policy.problems(password, "jsmith").contains(PasswordPolicy.TOO_LONG)).isEqualTo(length > 128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"})
    void countsCharactersNotCodeUnits(String sixEmoji) {
        assertThat(policy.problems(sixEmoji, "jsmith")).containsExactly(PasswordPolicy.TOO_SHORT);
    }
}
