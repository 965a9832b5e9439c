package dev.involution.arena.engine;

import java.util.List;

/** A firm's choices and standing under the article's remedies: what it and the admin may see. */
public record FirmRemedyView(RemedyDecisions decisions, double trust, int incidents, List<Long> usersByUseCase) {
}
