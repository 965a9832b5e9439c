package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an admin broadcasts to everyone in a match: 1 to 500 characters of plain text. */
public record MessageRequest(@JsonProperty(required = true) String text) {
}
