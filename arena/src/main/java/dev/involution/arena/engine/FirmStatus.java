package dev.involution.arena.engine;

/** A firm is active until its cash falls below zero at a settlement; then it is bankrupt and out. */
public enum FirmStatus {
    ACTIVE,
    BANKRUPT
}
