package dev.involution.arena.http.join;

import java.util.List;

/** The JSON of the join routes. */
public final class JoinViews {

    private JoinViews() {
    }

    /**
     * A match's or tournament's join code, for the teacher to show: the code and, for each address
     * students can reach the arena under, the join link and its QR code.
     *
     * @param kind {@code match} or {@code tournament}
     */
    public record JoinCodeView(String code, String kind, String id, String name, List<JoinLink> links) {
    }

    /**
     * @param origin the address students reach the arena under
     * @param url    the join link: the arena's page that asks for a name and seats the student
     * @param qr     the link's QR code as rows of modules ({@code 1} dark, {@code 0} light), quiet zone included
     */
    public record JoinLink(String origin, String url, List<String> qr) {
    }

    /** What a join code leads to, for the student's page. */
    public record JoinLookup(String code, String kind, String id, String name, String status) {
    }
}
