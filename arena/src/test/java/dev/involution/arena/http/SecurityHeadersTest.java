package dev.involution.arena.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.headers.RawHeader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    private static List<String> named(HttpResponse response, String name) {
        List<String> values = new ArrayList<>();
        for (HttpHeader header : response.getHeaders()) {
            if (header.is(name.toLowerCase())) {
                values.add(header.value());
            }
        }
        return values;
    }

    @Test
    void anAnswerWithoutAnyGetsAllFourOnceAfterItsOwnHeaders() {
        HttpResponse response = SecurityHeaders.addTo(HttpResponse.create()
                .addHeader(RawHeader.create("Location", "/api/matches/m1")));

        assertThat(response.getHeaders()).extracting(HttpHeader::name).containsExactly(
                "Location", "X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy", "X-Frame-Options");
        assertThat(named(response, "Content-Security-Policy")).containsExactly(SecurityHeaders.API_CONTENT_SECURITY_POLICY);
        assertThat(named(response, "X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void anAnswerKeepsTheOnesItSetsItselfWhateverTheirCase() {
        HttpResponse page = HttpResponse.create()
                .addHeader(RawHeader.create("content-security-policy", "default-src 'self'"))
                .addHeader(RawHeader.create("X-FRAME-OPTIONS", "SAMEORIGIN"));

        HttpResponse response = SecurityHeaders.addTo(page);

        assertThat(named(response, "Content-Security-Policy")).containsExactly("default-src 'self'");
        assertThat(named(response, "X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(named(response, "X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(named(response, "Referrer-Policy")).containsExactly("no-referrer");
    }

    @Test
    void anAnswerThatHasThemAllIsLeftAsItIs() {
        HttpResponse complete = SecurityHeaders.addTo(HttpResponse.create());

        assertThat(SecurityHeaders.addTo(complete)).isSameAs(complete);
    }
}
