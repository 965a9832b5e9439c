package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.regulator.Intervention;
import java.util.List;

/**
 * The outcome of a simulated match: every round's report, the final firms, the standings, every
 * intervention the regulator imposed and the final state hash.
 */
public record MatchResult(long seed, List<RoundReport> reports, List<FirmView> firms, List<Standing> standings,
                          List<Intervention> interventions, long stateHash) {
}
