package dev.involution.arena.http.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.http.StreamText;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.bots.api.TournamentView;
import java.util.List;
import org.junit.jupiter.api.Test;

class TournamentMessagesTest {
    private final TournamentMessages messages = new TournamentMessages(16);

    private StreamText snapshot(String tournamentId, long seq) {
        TournamentView view = new TournamentView(null, seq, null, List.of(), List.of(), List.of());
        List<StreamText> sent = messages.of(tournamentId, new TournamentEntity.Changes(seq, view, List.of()));
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    @Test
    void subscribersConnectingAtOneChangeShareItsSnapshot() {
        StreamText first = snapshot("cup", 7);
        assertThat(first.text()).startsWith("{\"type\":\"snapshot\",\"seq\":7,\"view\":{");
        assertThat(snapshot("cup", 7)).as("written once for the change").isSameAs(first);
        assertThat(snapshot("cup", 8)).as("the next change").isNotSameAs(first);
        assertThat(snapshot("other", 7)).as("another tournament").isNotSameAs(first);
    }
}
