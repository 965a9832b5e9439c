package dev.involution.arena.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a firm's round result ({@link dev.involution.arena.engine.FirmResult}) reads as JSON: its
 * components, plus {@code net}, the round's profit or loss, derived from them (so the history of a
 * match recorded before it was published shows it too). Reading ignores {@code net}.
 */
abstract class FirmResultJson {

    @JsonProperty(value = "net", access = JsonProperty.Access.READ_ONLY)
    abstract long net();
}
