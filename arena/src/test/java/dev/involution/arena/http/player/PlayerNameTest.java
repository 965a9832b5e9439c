package dev.involution.arena.http.player;

import dev.involution.arena.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlayerNameTest {

    @Test
    void trimsAndKeepsAnyText() {
        assertThat(PlayerName.validate("  <b>Ann & \"Bob\"</b>\t")).isEqualTo("<b>Ann & \"Bob\"</b>");
        assertThat(PlayerName.validate("Zoë 🦊 量子")).isEqualTo("Zoë 🦊 量子");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String fox32 = "🦊".repeat(32);
        assertThat(PlayerName.validate(fox32)).isEqualTo(fox32);
        assertThat(rule("🦊".repeat(33))).isEqualTo("max-length");
        assertThat(rule("x".repeat(33))).isEqualTo("max-length");
        assertThat(PlayerName.validate("x".repeat(32))).hasSize(32);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty,             '',                         min-length",
        "only spaces,       '   ',                      min-length",
        "bell,              'a\u0007b',                 control-characters",
        "escape,            'a\u001b[31mred',           control-characters",
        "delete,            'a\u007fb',                 control-characters",
        "inner newline,     'a\nb',                     control-characters",
        "line separator,    'a\u2028b',                 control-characters",
        "right-to-left override, 'a\u202eb',            control-characters",
        "lone surrogate,    'a\ud800b',                 control-characters",
    })
    void refuses(String what, String name, String rule) {
        assertThat(rule(name)).isEqualTo(rule);
    }

    @Test
    void nullIsRequired() {
        assertThat(rule(null)).isEqualTo("required");
    }

    private static String rule(String name) {
        ProblemException thrown = catchThrowableOfType(ProblemException.class, () -> PlayerName.validate(name));
        assertThat(thrown).as("'%s' should be refused", name).isNotNull();
        assertThat(thrown.problem().extensions()).containsEntry("field", "name");
        return (String) thrown.problem().extensions().get("rule");
    }
}
