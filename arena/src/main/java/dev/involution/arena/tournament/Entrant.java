package dev.involution.arena.tournament;

/**
 * A tournament entrant: a player (a student or an external bot: {@code id} is the player id,
 * {@code strategy} null) or a house bot ({@code id} {@code house-N}, {@code strategy} its built-in
 * strategy).
 */
public record Entrant(String id, String name, Kind kind, String strategy) {

    public enum Kind { PLAYER, HOUSE }

    public static Entrant player(String playerId, String name) {
        return new Entrant(playerId, name, Kind.PLAYER, null);
    }

    public static Entrant house(int number, String strategy) {
        return new Entrant("house-" + number, strategy + " #" + number, Kind.HOUSE, strategy);
    }

    public boolean house() {
        return kind == Kind.HOUSE;
    }
}
