package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an admin says in a match: 1 to 500 characters of plain text, to everyone, or to one firm
 * when {@code firmId} is given (its player sees it; it is in the match's history like every message).
 */
public record MessageRequest(@JsonProperty(required = true) String text, Integer firmId) {

    /** A message to everyone. */
    public MessageRequest(String text) {
        this(text, null);
    }
}
