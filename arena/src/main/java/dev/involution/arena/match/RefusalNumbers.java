package dev.involution.arena.match;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers that say how to fix a refused order (what the cash, the capacity or a share cap of
 * the regulator allows), and the quantity an order asking to be fitted is cut down to.
 * Read from the match's state as it is when the refusal is decided; a refusal changes nothing.
 */
final class RefusalNumbers {

    private RefusalNumbers() {
    }

    /** Why the engine refused this order, with the numbers: what cash, capacity or a share cap allows. */
    static Rejection forOrder(MatchState state, int firmId, Side side, long price, long quantity, ResultCode code) {
        Market market = state.market();
        FirmView firm = market.firm(firmId);
        Map<String, Long> numbers = new LinkedHashMap<>();
        return switch (code) {
            case SHARE_CAP_REACHED -> {
                Intervention rule = market.ruleAgainstOrder(firmId, side, quantity);
                numbers.put("allowedQuantity", market.unitsAllowedUnderShareCap(firmId));
                numbers.put("currentRound", (long) market.round());
                if (rule == null) {
                    yield Rejection.of(code).withNumbers(numbers);
                }
                numbers.put("cap", rule.value());
                yield Rejection.byRule(code, rule, "quantity").withNumbers(numbers);
            }
            case INSUFFICIENT_CASH -> {
                long free = firm.cash() - firm.reservedCash();
                numbers.put("allowedQuantity", Math.max(0, free) / price);
                numbers.put("freeCash", free);
                numbers.put("neededCash", price * quantity);
                yield withField(Rejection.of(code), "quantity").withNumbers(numbers);
            }
            case INSUFFICIENT_CAPACITY -> {
                long free = firm.capacity() - firm.reservedCapacity();
                numbers.put("allowedQuantity", Math.max(0, free));
                numbers.put("freeCapacity", free);
                yield withField(Rejection.of(code), "quantity").withNumbers(numbers);
            }
            default -> Rejection.of(code);
        };
    }

    /**
     * The quantity an order asking to be fitted is placed with: the requested quantity cut down to
     * what a share cap and the free cash allow (a bid) or the free capacity (an ask). When nothing is
     * allowed it stays as requested, so the engine refuses it with the numbers.
     */
    static long fitted(MatchState state, int firmId, Side side, long price, long quantity) {
        if (price <= 0 || quantity <= 0) {
            return quantity;
        }
        Market market = state.market();
        FirmView firm = market.firm(firmId);
        long allowed = quantity;
        if (side == Side.BUY) {
            allowed = Math.min(allowed, market.unitsAllowedUnderShareCap(firmId));
            allowed = Math.min(allowed, Math.max(0, firm.cash() - firm.reservedCash()) / price);
        } else {
            allowed = Math.min(allowed, Math.max(0, firm.capacity() - firm.reservedCapacity()));
        }
        return allowed > 0 ? allowed : quantity;
    }

    private static Rejection withField(Rejection r, String field) {
        return new Rejection(r.kind(), r.code(), r.message(), field, r.untilRound(), r.numbers());
    }
}
