package dev.involution.arena.engine;

/** A read-only picture of one firm: what the firm itself (and the admin) may see. */
public record FirmView(int id,
                       String name,
                       FirmStatus status,
                       int exitRound,
                       long cash,
                       long reservedCash,
                       double quality,
                       long loyalUsers,
                       long mercenaryUsers,
                       long capacity,
                       long reservedCapacity,
                       Decisions decisions,
                       FirmRemedyView remedy) {

    /** A firm under the classic rules. */
    public FirmView(int id, String name, FirmStatus status, int exitRound, long cash, long reservedCash,
                    double quality, long loyalUsers, long mercenaryUsers, long capacity, long reservedCapacity,
                    Decisions decisions) {
        this(id, name, status, exitRound, cash, reservedCash, quality, loyalUsers, mercenaryUsers, capacity,
                reservedCapacity, decisions, null);
    }

    public long users() {
        return loyalUsers + mercenaryUsers;
    }

    public boolean active() {
        return status == FirmStatus.ACTIVE;
    }
}
