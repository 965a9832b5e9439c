package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.arena.http.ProblemException;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void textIsTrimmedAndMayHaveLineBreaks() {
        assertThat(MessageText.validate("  Pause for questions.\nBack in 2 minutes.  "))
                .isEqualTo("Pause for questions.\nBack in 2 minutes.");
        assertThat(MessageText.validate("<b>anything</b> else is text")).isEqualTo("<b>anything</b> else is text");
    }

    @Test
    void emptyTooLongAndControlCharactersAreRefusedNamingTheRule() {
        assertRule("  \n ", "min-length");
        assertRule("x".repeat(MessageText.MAX_LENGTH + 1), "max-length");
        assertRule("bell\u0007", "control-characters");
        assertRule("tab\tbed", "control-characters");
        assertRule("evil\u202Etxt.exe", "control-characters");
        assertThat(MessageText.validate("😀".repeat(MessageText.MAX_LENGTH))).hasSize(2 * MessageText.MAX_LENGTH);
    }

    private static void assertRule(String text, String rule) {
        assertThatThrownBy(() -> MessageText.validate(text))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().extensions()).containsEntry("field", "text").containsEntry("rule", rule);
                });
    }
}
