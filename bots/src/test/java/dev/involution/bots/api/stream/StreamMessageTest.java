package dev.involution.bots.api.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.bots.api.Side;
import org.junit.jupiter.api.Test;

/** Stream messages as the arena sends them (copied from a real match), and as a newer arena might. */
class StreamMessageTest {

    @Test
    void aSnapshotCarriesTheMatchAndTheBook() {
        StreamMessage m = StreamMessage.parse("""
                {"type":"snapshot","seq":8,"at":1795701205300,
                 "match":{"summary":{"matchId":"kb5s3dncqm","name":"Match","status":"RUNNING","round":1,"rounds":3,
                   "roundMillis":1000,"seats":4,"firms":2,"policy":"laissez-faire","demo":false,"deadline":1795701206256},
                   "seq":8,"stateHash":42,"seed":7,"remainingMillis":900,"firms":[],"lastRound":null,"standings":null},
                 "book":{"matchId":"kb5s3dncqm","round":1,"seq":8,"bids":[{"price":6500,"quantity":29,"orders":1}],
                   "asks":[{"price":6550,"quantity":120,"orders":1}]}}""");

        assertThat(m).isInstanceOf(Snapshot.class);
        Snapshot s = (Snapshot) m;
        assertThat(s.seq()).isEqualTo(8);
        assertThat(s.match().summary().status()).isEqualTo("RUNNING");
        assertThat(s.match().summary().rounds()).isEqualTo(3);
        assertThat(s.book().asks().get(0).price()).isEqualTo(6550);
        assertThat(s.type()).isEqualTo("snapshot");
    }

    @Test
    void aRoundOpenedEventNamesTheRoundItsDeadlineAndTheFarmsAsks() {
        MatchEvent e = (MatchEvent) StreamMessage.parse("""
                {"type":"round-opened","seq":5,"at":1795701205300,"round":1,"deadline":1795701207300,
                 "asks":[{"price":5000,"quantity":150},{"price":5560,"quantity":150}],"somethingNew":1}""");

        RoundOpenedEvent opened = e.roundOpened().orElseThrow();
        assertThat(opened.round()).isEqualTo(1);
        assertThat(opened.deadline()).isEqualTo(1795701207300L);
        assertThat(opened.asks()).extracting(RoundOpenedEvent.FarmAsk::price).containsExactly(5000L, 5560L);
        assertThat(e.roundSettled()).isEmpty();
    }

    @Test
    void aHeartbeatIsNotAnEvent() {
        assertThat(StreamMessage.parse("{\"type\":\"heartbeat\",\"at\":5}")).isEqualTo(new Heartbeat(5));
    }

    @Test
    void aRoundSettledEventHasATypedReportAndIgnoresMembersItDoesNotKnow() {
        MatchEvent e = (MatchEvent) StreamMessage.parse("""
                {"type":"round-settled","seq":20,"at":1795701657864,"report":{"round":4,"firms":[
                  {"firmId":1,"name":"jarbot","status":"ACTIVE","price":8,"bounty":0,"rnd":40000,"users":265207,
                   "loyalUsers":174267,"mercenaryUsers":90940,"newUsers":91032,"served":225000,"capacity":225,
                   "revenue":1800000,"giveaway":0,"computeCost":1184220,"fixedCost":50000,"cash":10610594,
                   "quality":0.96196816,"share":0.42878854265864513,"someFutureField":{"x":1}}],
                  "indicators":{"round":4,"hhi":5101,"largestShare":0.57,"subsidyIntensity":0,"belowCostFirms":[2],
                   "averagePrice":8,"spiralIndex":0,"involutionIndex":0,"consumerWelfare":8392203,"burned":0,
                   "totalRevenue":2880000,"activeFirms":2,"bankruptcies":0}},
                 "nextDeadline":1795701658546,"interventions":[]}""");

        assertThat(e.type()).isEqualTo(MatchEvent.ROUND_SETTLED);
        assertThat(e.seq()).isEqualTo(20);
        assertThat(e.at()).isEqualTo(1795701657864L);
        RoundSettledEvent settled = e.roundSettled().orElseThrow();
        assertThat(settled.report().round()).isEqualTo(4);
        assertThat(settled.report().firms().get(0).cash()).isEqualTo(10610594);
        assertThat(settled.report().firms().get(0).share()).isCloseTo(0.4288, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(settled.report().indicators().belowCostFirms()).containsExactly(2);
        assertThat(settled.nextDeadline()).isEqualTo(1795701658546L);
        assertThat(e.decisionsSet()).isEmpty();
        assertThat(e.json().get("interventions").isArray()).as("new members stay readable").isTrue();
    }

    @Test
    void orderAndDecisionEventsNameTheirFirm() {
        MatchEvent order = (MatchEvent) StreamMessage.parse("""
                {"type":"order-placed","seq":5,"at":1,"firmId":1,"side":"BUY","price":6000,"quantity":100,"orderId":11,
                 "fills":[{"makerOrderId":1,"takerOrderId":11,"buyerFirm":1,"sellerFirm":-1,"price":5000,"quantity":100}],
                 "restingQuantity":0}""");
        OrderPlacedEvent placed = order.orderPlaced().orElseThrow();
        assertThat(placed.side()).isEqualTo(Side.BUY);
        assertThat(placed.fills()).containsExactly(new Fill(1, 11, 1, -1, 5000, 100));
        assertThat(order.firmId()).hasValue(1);

        MatchEvent decisions = (MatchEvent) StreamMessage.parse(
                "{\"type\":\"decisions-set\",\"seq\":6,\"at\":2,\"firmId\":3,\"decisions\":{\"price\":8,\"bounty\":0,\"rnd\":1000}}");
        assertThat(decisions.decisionsSet().orElseThrow().decisions().price()).isEqualTo(8);
        assertThat(decisions.firmId()).hasValue(3);

        MatchEvent seat = (MatchEvent) StreamMessage.parse("""
                {"type":"seat-taken","seq":3,"at":3,"holder":{"firmId":2,"name":"curly","kind":"PLAYER","strategy":null}}""");
        assertThat(seat.seatTaken().orElseThrow().holder().name()).isEqualTo("curly");
        assertThat(seat.firmId()).hasValue(2);
    }

    @Test
    void matchCreatedCarriesTheMarketSettings() {
        MatchEvent e = (MatchEvent) StreamMessage.parse("""
                {"type":"match-created","seq":1,"at":1,"matchId":"m1","settings":{"name":"Match","roundMillis":1000,
                 "seed":4706385441002872000,"houseBots":["cost-plus"],"policy":"laissez-faire","demo":false,
                 "market":{"rounds":3,"maxFirms":4,"marketSize":1000000,"usersPerUnit":1000,"startCash":10000000,
                  "startQuality":1,"defaultPrice":10,"fixedCost":50000,
                  "supply":{"baseCost":5000,"supplyFactor":1.2,"ladderSteps":10,"stepCents":500},
                  "demand":{"loyalShare":0.7}}}}""");
        MatchCreatedEvent created = e.matchCreated().orElseThrow();
        assertThat(created.settings().seed()).isEqualTo(4706385441002872000L);
        assertThat(created.settings().market().usersPerUnit()).isEqualTo(1000);
        assertThat(created.settings().market().supply().baseCost()).isEqualTo(5000);
        assertThat(e.firmId()).isEmpty();
    }

    @Test
    void aFinishedEventHasTheStandings() {
        MatchEvent e = (MatchEvent) StreamMessage.parse("""
                {"type":"match-finished","seq":26,"at":1,"stopped":false,"standings":[
                 {"rank":1,"firmId":0,"name":"cost-plus #1","status":"ACTIVE","score":12852990,"exitRound":0}]}""");
        MatchFinishedEvent f = e.matchFinished().orElseThrow();
        assertThat(f.stopped()).isFalse();
        assertThat(f.standings()).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(12852990));
    }

    @Test
    void anUnknownEventTypeIsStillAnEventInSequence() {
        StreamMessage m = StreamMessage.parse("""
                {"type":"intervention-announced","seq":31,"at":9,"intervention":{"kind":"giveaway-cap","cap":100}}""");

        assertThat(m).isInstanceOf(MatchEvent.class);
        MatchEvent e = (MatchEvent) m;
        assertThat(e.seq()).isEqualTo(31);
        assertThat(e.json().at("/intervention/cap").asLong()).isEqualTo(100);
        assertThat(e.roundSettled()).isEmpty();
        assertThat(e.matchFinished()).isEmpty();
    }

    @Test
    void anUnknownMessageWithoutSequenceIsDeliveredAsIs() {
        StreamMessage m = StreamMessage.parse("{\"type\":\"notice\",\"text\":\"maintenance at noon\"}");
        assertThat(m).isInstanceOf(OtherMessage.class);
        assertThat(((OtherMessage) m).json().get("text").asText()).isEqualTo("maintenance at noon");
    }

    @Test
    void somethingThatIsNotAMessageIsRefused() {
        assertThatThrownBy(() -> StreamMessage.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamMessage.parse("{\"seq\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamMessage.parse("{oops")).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
