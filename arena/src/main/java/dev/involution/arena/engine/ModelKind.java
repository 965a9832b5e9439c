package dev.involution.arena.engine;

/** The model a firm serves its users with. */
public enum ModelKind {
    /** An old open model: the basic quality in every use case, at no cost. */
    NONE,
    /** Its own general model: trained with a large block of compute every round, good in every use case. */
    GENERAL,
    /** Its own specialized model for its focus use case: far less compute, best quality there only. */
    SPECIALIZED,
    /** Another firm's general model, for the fee per served user that firm posts. */
    LICENSED,
    /** The public farm's open specialized model for its focus use case, for a low fee per served user. */
    PUBLIC
}
