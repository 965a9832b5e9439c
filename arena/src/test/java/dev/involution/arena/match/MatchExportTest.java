package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class MatchExportTest {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(MatchExport.Csv.text("cost-plus #1")).isEqualTo("cost-plus #1");
        assertThat(MatchExport.Csv.text("")).isEmpty();
        assertThat(MatchExport.Csv.text(null)).isEmpty();
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(MatchExport.Csv.text("Smith, Jones & Co")).isEqualTo("\"Smith, Jones & Co\"");
        assertThat(MatchExport.Csv.text("the \"best\" AI")).isEqualTo("\"the \"\"best\"\" AI\"");
        assertThat(MatchExport.Csv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MatchExport.Csv.text(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(MatchExport.Csv.text("=1+2")).isEqualTo("'=1+2");
        assertThat(MatchExport.Csv.text("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(MatchExport.Csv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(MatchExport.Csv.text("@cmd")).isEqualTo("'@cmd");
        assertThat(MatchExport.Csv.text("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(MatchExport.Csv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void decimalsAreShortAndLocaleFree() {
        assertThat(MatchExport.Csv.decimal(0.25)).isEqualTo("0.25");
        assertThat(MatchExport.Csv.decimal(1.0)).isEqualTo("1");
        assertThat(MatchExport.Csv.decimal(0)).isEqualTo("0");
        assertThat(MatchExport.Csv.decimal(-0.5)).isEqualTo("-0.5");
        assertThat(MatchExport.Csv.decimal(1.0 / 3)).isEqualTo("0.333333");
        assertThat(MatchExport.Csv.decimal(2500)).isEqualTo("2500");
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
        assertThat(MatchExport.Csv.line(1, "a", -3L)).isEqualTo("1,a,-3");
    }
}
