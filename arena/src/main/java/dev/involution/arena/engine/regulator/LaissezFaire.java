package dev.involution.arena.engine.regulator;

import java.util.List;

/** Observes and reports, never intervenes. */
final class LaissezFaire implements RegulatorPolicy {

    @Override
    public String name() {
        return Policies.LAISSEZ_FAIRE;
    }

    @Override
    public List<Intervention> evaluate(Input input) {
        return List.of();
    }
}
