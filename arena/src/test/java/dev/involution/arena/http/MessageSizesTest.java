package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageSizesTest {
    @Test
    void oneSizeIsACycleOfOne() {
        assertThat(MessageSizes.parse("300")).hasValueSatisfying(c -> assertThat(c).containsExactly(300));
    }

    @Test
    void repeatsAndListsMakeTheCycleInOrder() {
        assertThat(MessageSizes.parse("170*3,3042,397")).hasValueSatisfying(c ->
                assertThat(c).containsExactly(170, 170, 170, 3042, 397));
        assertThat(MessageSizes.parse("0*2")).hasValueSatisfying(c -> assertThat(c).containsExactly(0, 0));
    }

    @Test
    void theEdgesOfTheRule() {
        assertThat(MessageSizes.parse("16384")).isPresent();
        assertThat(MessageSizes.parse("16385")).isEmpty();
        assertThat(MessageSizes.parse("1*1000")).hasValueSatisfying(c -> assertThat(c).hasSize(1000));
        assertThat(MessageSizes.parse("1*1000,1")).isEmpty();
        assertThat(MessageSizes.parse("1*0")).isEmpty();
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "x", "-1", "1,", ",1", "1**2", "1*2*3", "1 ,2", "1.5", "+3", "9999999"}) {
            assertThat(MessageSizes.parse(bad)).as(bad).isEmpty();
        }
    }
}
