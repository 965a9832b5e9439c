package dev.involution.arena.http;

import dev.involution.arena.http.player.PlayerName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VisibleTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ada                | ok",
        "  Ada Lovelace     | ok",
        "Zoë 李 🙂           | ok",
        "\u200b             | min-length",
        "\u200b\u200c\u200d | min-length",
        "\u3164\u3164       | min-length",
        "\u2800             | min-length",
        "\u00a0\u2003       | min-length",
        "Ad\u0000a          | control-characters",
        "A\u0000da          | control-characters",
        "Ada\u200bLovelace  | control-characters",
        "\u202eAda          | control-characters",
        "\ufeffAda          | control-characters",
        "A\u2028B           | control-characters",
        "A\u0007B           | control-characters",
    })
    void namesMustShowSomethingAndHoldNoControlOrFormatCharacter(String raw, String rule) {
        if (rule.equals("ok")) {
            assertThat(PlayerName.validate(raw)).isEqualTo(raw.strip());
        } else {
            ProblemException refused = catchThrowableOfType(ProblemException.class, () -> PlayerName.validate(raw));
            assertThat(refused.problem().members()).containsEntry("rule", rule).containsEntry("field", "name");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a\u0000b, true", "id\u200b, true", "\u0085, true", "order-17, false", "ключ, false"})
    void identifiersWithControlOrFormatCharactersAreFound(String identifier, boolean forbidden) {
        assertThat(VisibleText.hasForbidden(identifier)).isEqualTo(forbidden);
    }
}
