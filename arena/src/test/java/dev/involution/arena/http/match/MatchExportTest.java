package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.involution.arena.http.Csv;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class MatchExportTest {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(Csv.text("cost-plus #1")).isEqualTo("cost-plus #1");
        assertThat(Csv.text("")).isEmpty();
        assertThat(Csv.text(null)).isEmpty();
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.text("Smith, Jones & Co")).isEqualTo("\"Smith, Jones & Co\"");
        assertThat(Csv.text("the \"best\" AI")).isEqualTo("\"the \"\"best\"\" AI\"");
        assertThat(Csv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.text(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(Csv.text("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.text("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(Csv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.text("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.text("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void decimalsAreShortAndLocaleFree() {
        assertThat(Csv.decimal(0.25)).isEqualTo("0.25");
        assertThat(Csv.decimal(1.0)).isEqualTo("1");
        assertThat(Csv.decimal(0)).isEqualTo("0");
        assertThat(Csv.decimal(-0.5)).isEqualTo("-0.5");
        assertThat(Csv.decimal(1.0 / 3)).isEqualTo("0.333333");
        assertThat(Csv.decimal(2500)).isEqualTo("2500");
    }

    @Test
    void regulatorEventsAreRecognisedByTheirType() {
        assertThat(MatchExport.Interventions.isRegulatorEvent("intervention-imposed")).isTrue();
        assertThat(MatchExport.Interventions.isRegulatorEvent("intervention-lifted")).isTrue();
        assertThat(MatchExport.Interventions.isRegulatorEvent("policy-changed")).isTrue();
        assertThat(MatchExport.Interventions.isRegulatorEvent("message-broadcast")).isFalse();
        assertThat(MatchExport.Interventions.isRegulatorEvent("round-settled")).isFalse();
    }

    @Test
    void aNestedInterventionCountsAsTheEventsOwnFields() throws Exception {
        ObjectNode event = (ObjectNode) new ObjectMapper().readTree("{\"type\":\"intervention-imposed\",\"seq\":9,"
                + "\"intervention\":{\"id\":3,\"kind\":\"GIVEAWAY_CAP\",\"firmId\":-1,\"untilRound\":12,"
                + "\"reason\":\"subsidy intensity 0.6 over 0.25 for 5 rounds\"}}");

        ObjectNode flat = MatchExport.Interventions.flatten(event);

        assertThat(flat.get("type").asText()).isEqualTo("intervention-imposed");
        assertThat(flat.get("kind").asText()).isEqualTo("GIVEAWAY_CAP");
        assertThat(flat.get("untilRound").asInt()).isEqualTo(12);
        assertThat(flat.get("firmId").asInt()).isEqualTo(-1);
        assertThat(flat.has("intervention")).isFalse();
    }

    @Test
    void linesJoinFieldsWithCommas() {
        assertThat(Csv.line(1, "a", -3L)).isEqualTo("1,a,-3");
    }
}
