package dev.involution.arena.testkit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test sent to a match and what it heard back, by client order id: every order it sent,
 * the order id of each one acknowledged (2xx), and those left without an answer (the connection
 * died, or any other status): whether the match took those is for the journal to tell.
 */
public final class OrderLedger {

    /** An order as sent: by whom (firm and token) and what. */
    public record Sent(String clientOrderId, int firmId, String token, String side, long price, long quantity) {
        public String json() {
            return "{\"side\":\"" + side + "\",\"price\":" + price + ",\"quantity\":" + quantity
                    + ",\"clientOrderId\":\"" + clientOrderId + "\"}";
        }
    }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

    /** Writes the order down before it goes out. */
    public void sending(Sent order) {
        if (sent.putIfAbsent(order.clientOrderId(), order) != null) {
            throw new IllegalArgumentException("client order id used twice: " + order.clientOrderId());
        }
    }

    public void acknowledged(String clientOrderId, long orderId) {
        acknowledged.put(clientOrderId, orderId);
        unanswered.remove(clientOrderId);
    }

    public void unanswered(String clientOrderId) {
        unanswered.add(clientOrderId);
    }

    public Map<String, Sent> sent() {
        return Map.copyOf(sent);
    }

    public Map<String, Long> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    public Set<String> unanswered() {
        return Set.copyOf(unanswered);
    }
}
