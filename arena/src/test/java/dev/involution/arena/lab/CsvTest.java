package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    private static String fixed(double v, int decimals) {
        return Csv.fixed(new StringBuilder(), v, decimals).toString();
    }

    @Test
    void fixedDecimals() {
        assertThat(fixed(0.25, 6)).isEqualTo("0.250000");
        assertThat(fixed(1.0000006, 6)).isEqualTo("1.000001");
        assertThat(fixed(12.3456, 2)).isEqualTo("12.35");
        assertThat(fixed(-3.14159, 3)).isEqualTo("-3.142");
        assertThat(fixed(-0.0000001, 4)).isEqualTo("0.0000");
        assertThat(fixed(7, 0)).isEqualTo("7");
        assertThat(fixed(0.05, 1)).isEqualTo("0.1");
        assertThat(fixed(10765588.123, 2)).isEqualTo("10765588.12");
    }

    @Test
    void valuesWithoutExactFixedDecimalsAsJavaPrintsThem() {
        assertThat(fixed(Double.NaN, 3)).isEqualTo("NaN");
        assertThat(fixed(Double.POSITIVE_INFINITY, 3)).isEqualTo("Infinity");
        assertThat(fixed(1e20, 2)).isEqualTo("1.0E20");
    }

    @Test
    void textIsQuotedOnlyWhenNeeded() {
        assertThat(Csv.text(new StringBuilder(), "cost-plus").toString()).isEqualTo("cost-plus");
        assertThat(Csv.text(new StringBuilder(), "a,b").toString()).isEqualTo("\"a,b\"");
        assertThat(Csv.text(new StringBuilder(), "say \"hi\"").toString()).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
