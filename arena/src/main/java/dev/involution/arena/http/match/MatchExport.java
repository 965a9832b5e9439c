package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.headers.ContentDisposition;
import akka.http.javadsl.model.headers.ContentDispositionTypes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.Route;
import akka.util.ByteString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.http.Csv;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Matches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A match's history as CSV files for spreadsheets, built from its events (so they cover everything
 * up to the moment of the request):
 * <ul>
 *   <li>{@code GET /api/matches/{id}/export/rounds.csv}: one row per settled round and firm, with
 *       the round's market indicators;</li>
 *   <li>{@code .../trades.csv}: every trade of compute (firm -1 is the compute farms);</li>
 *   <li>{@code .../interventions.csv}: every regulator event (types starting with
 *       {@code intervention} or {@code policy}), its rule, reason and end.</li>
 * </ul>
 * Money is in cents, as everywhere in the API. The files hold only what the public event history
 * shows, so they need no token.
 */
final class MatchExport {
    static final ContentType CSV = ContentTypes.TEXT_CSV_UTF8;

    private final Matches matches;
    private final MatchHistory history;

    MatchExport(Matches matches, MatchHistory history) {
        this.matches = matches;
        this.history = history;
    }

    Route route(String matchId) {
        return get(() -> concat(
                path("rounds.csv", () -> file(matchId, "rounds", Rounds::new)),
                path("trades.csv", () -> file(matchId, "trades", Trades::new)),
                path("interventions.csv", () -> file(matchId, "interventions", Interventions::new))));
    }

    private Route file(String matchId, String kind, Supplier<Table> table) {
        return onSuccess(matches.ask(matchId, MatchEntity.GetDetails::new), reply -> {
            if (reply instanceof MatchEntity.Rejected r) {
                return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
            }
            long last = ((MatchEntity.Details) reply).details().seq();
            Table rows = table.get();
            var body = akka.stream.javadsl.Source.single(rows.header())
                    .concat(history.events(matchId, 1, last).mapConcat(rows::rows))
                    .map(line -> ByteString.fromString(line + "\r\n"));
            return complete(HttpResponse.create()
                    .withEntity(HttpEntities.createChunked(CSV, body))
                    .addHeader(ContentDisposition.create(ContentDispositionTypes.ATTACHMENT,
                            Map.of("filename", "match-" + matchId + "-" + kind + ".csv")))
                    .addHeader(RawHeader.create("Cache-Control", "no-store")));
        });
    }

    /** Turns a match's events, in order, into CSV lines; one instance reads one history. */
    abstract static class Table {
        final Map<Integer, String> names = new HashMap<>();
        int round;

        abstract String header();

        /** The lines of one event (usually none), after noting the round and the firms' names. */
        final List<String> rows(MatchEvent event) {
            List<String> lines = lines(event);
            if (event instanceof MatchEvent.SeatTaken e) {
                names.put(e.holder().firmId(), e.holder().name());
            } else if (event instanceof MatchEvent.MatchStarted) {
                round = 1;
            } else if (event instanceof MatchEvent.RoundSettled e) {
                round = e.report().round() + 1;
            }
            return lines;
        }

        abstract List<String> lines(MatchEvent event);

        String name(int firmId) {
            return firmId < 0 ? "compute farms" : names.getOrDefault(firmId, "");
        }
    }

    static final class Rounds extends Table {
        @Override
        String header() {
            return "round,firm_id,firm,status,price_cents,bounty_cents,rnd_cents,users,loyal_users,mercenary_users,"
                    + "new_users,served,capacity_units,revenue_cents,giveaway_cents,compute_cost_cents,fixed_cost_cents,"
                    + "fine_cents,subsidy_cents,net_cents,cash_cents,quality,share,hhi,largest_share,subsidy_intensity,average_price_cents,spiral_index,"
                    + "involution_index,consumer_welfare_cents,bankruptcies";
        }

        @Override
        List<String> lines(MatchEvent event) {
            if (!(event instanceof MatchEvent.RoundSettled e)) {
                return List.of();
            }
            Indicators m = e.report().indicators();
            List<String> lines = new ArrayList<>();
            for (FirmResult f : e.report().firms()) {
                lines.add(Csv.line(e.report().round(), f.firmId(), Csv.text(f.name()), f.status().name(),
                        f.price(), f.bounty(), f.rnd(), f.users(), f.loyalUsers(), f.mercenaryUsers(), f.newUsers(),
                        f.served(), f.capacity(), f.revenue(), f.giveaway(), f.computeCost(), f.fixedCost(),
                        f.fine(), f.subsidy(), f.net(), f.cash(),
                        Csv.decimal(f.quality()), Csv.decimal(f.share()), m.hhi(), Csv.decimal(m.largestShare()),
                        Csv.decimal(m.subsidyIntensity()), Csv.decimal(m.averagePrice()), m.spiralIndex(),
                        Csv.decimal(m.involutionIndex()), m.consumerWelfare(), m.bankruptcies()));
            }
            return lines;
        }
    }

    static final class Trades extends Table {
        @Override
        String header() {
            return "seq,at,round,buyer_firm_id,buyer,seller_firm_id,seller,price_cents,quantity,taker_order_id,maker_order_id";
        }

        @Override
        List<String> lines(MatchEvent event) {
            if (!(event instanceof MatchEvent.OrderPlaced e)) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (Fill f : e.fills()) {
                lines.add(Csv.line(e.seq(), Instant.ofEpochMilli(e.at()), round, f.buyerFirm(),
                        Csv.text(name(f.buyerFirm())), f.sellerFirm(), Csv.text(name(f.sellerFirm())), f.price(),
                        f.quantity(), f.takerOrderId(), f.makerOrderId()));
            }
            return lines;
        }
    }

    /**
     * Regulator events, whatever their exact shape: the fields of a nested object (such as
     * {@code "intervention": {"kind", "reason", "untilRound", ...}}) count as the event's own; the rule
     * is {@code rule} or {@code kind}, the end {@code until} or {@code untilRound}; the rest goes to
     * {@code details} as JSON.
     */
    static final class Interventions extends Table {
        private static final Set<String> SHOWN = Set.of("seq", "at", "type", "firmId", "rule", "kind", "reason",
                "until", "untilRound");

        @Override
        String header() {
            return "seq,at,round,type,firm_id,firm,rule,reason,until,details";
        }

        @Override
        List<String> lines(MatchEvent event) {
            ObjectNode json = MatchHistory.publicJson(event);
            String type = json.get("type").asText();
            if (!isRegulatorEvent(type)) {
                return List.of();
            }
            ObjectNode flat = flatten(json);
            JsonNode firm = flat.get("firmId");
            boolean forFirm = firm != null && firm.isIntegralNumber();
            ObjectNode details = flat.deepCopy();
            details.remove(SHOWN);
            return List.of(Csv.line(event.seq(), Instant.ofEpochMilli(event.at()), round, Csv.text(type),
                    forFirm ? firm.asText() : "",
                    forFirm ? Csv.text(firm.asInt() < 0 ? "all firms" : name(firm.asInt())) : "",
                    Csv.text(text(flat, "rule", "kind")), Csv.text(text(flat, "reason")),
                    Csv.text(text(flat, "until", "untilRound")),
                    details.isEmpty() ? "" : Csv.text(details.toString())));
        }

        static boolean isRegulatorEvent(String type) {
            return type.startsWith("intervention") || type.startsWith("policy");
        }

        /** The event's fields with those of its nested objects lifted beside them (the event's own win). */
        static ObjectNode flatten(ObjectNode event) {
            ObjectNode flat = event.objectNode();
            event.fields().forEachRemaining(field -> {
                if (field.getValue().isObject()) {
                    field.getValue().fields().forEachRemaining(inner -> flat.set(inner.getKey(), inner.getValue()));
                }
            });
            event.fields().forEachRemaining(field -> {
                if (!field.getValue().isObject()) {
                    flat.set(field.getKey(), field.getValue());
                }
            });
            return flat;
        }

        private static String text(ObjectNode flat, String... names) {
            for (String name : names) {
                JsonNode value = flat.get(name);
                if (value != null && !value.isNull() && !value.isContainerNode()) {
                    return value.asText();
                }
            }
            return "";
        }
    }
}
