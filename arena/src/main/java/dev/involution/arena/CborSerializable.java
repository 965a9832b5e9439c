package dev.involution.arena;

/**
 * Marker for every message, event and snapshot that Akka may serialize (persisted events,
 * messages between cluster nodes). Bound to Jackson CBOR in {@code serialization.conf}.
 */
public interface CborSerializable {
}
