package dev.involution.arena.http.tournament;

import static akka.http.javadsl.server.Directives.complete;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.headers.ContentDisposition;
import akka.http.javadsl.model.headers.ContentDispositionTypes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.Route;
import dev.involution.arena.http.Csv;
import dev.involution.bots.api.TournamentMatch;
import dev.involution.bots.api.TournamentSeat;
import dev.involution.bots.api.TournamentView;
import java.util.Map;

/**
 * {@code GET /api/tournaments/{id}/results.csv}: one row per seat of every played match, in
 * schedule order, for a teacher's spreadsheet. Scores are final cash in cents.
 */
final class TournamentCsv {
    static final String HEADER = "round,match,match_id,seed,firm,entrant_id,name,kind,strategy,rank,score_cents,status";

    private TournamentCsv() {
    }

    static String text(TournamentView view) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TournamentMatch m : view.matches()) {
            if (!"FINISHED".equals(m.status())) {
                continue;
            }
            for (TournamentSeat s : m.seats()) {
                csv.append(Csv.line(m.round(), m.number(), Csv.text(m.matchId()), m.seed(), s.firmId(),
                        Csv.text(s.entrantId()), Csv.text(s.name()), s.kind(), Csv.text(s.strategy()), s.rank(),
                        s.score(), s.status())).append("\r\n");
            }
        }
        return csv.toString();
    }

    static Route results(TournamentView view) {
        return complete(HttpResponse.create()
                .withEntity(HttpEntities.create(ContentTypes.TEXT_CSV_UTF8, text(view)))
                .addHeader(ContentDisposition.create(ContentDispositionTypes.ATTACHMENT,
                        Map.of("filename", "tournament-" + view.summary().tournamentId() + "-results.csv")))
                .addHeader(RawHeader.create("Cache-Control", "no-store")));
    }
}
