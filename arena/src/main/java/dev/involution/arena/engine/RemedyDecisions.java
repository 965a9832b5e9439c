package dev.involution.arena.engine;

/**
 * A firm's choices under the article's remedies, all in force until changed: the {@code model} it
 * serves with, its {@code focus} use case (for a specialized or public model), the firm whose general
 * model it licenses ({@code licensor}, for {@link ModelKind#LICENSED}; -1 otherwise), the fee it asks
 * of firms licensing its own general model ({@code licenseFee}, cents per served user per round),
 * whether it is a member of the research {@code consortium}, and its {@code safety} spend (cents a round).
 */
public record RemedyDecisions(ModelKind model, int focus, int licensor, long licenseFee, boolean consortium,
                              long safety) {

    public static final RemedyDecisions NONE = new RemedyDecisions(ModelKind.NONE, 0, -1, 0, false, 0);

    /** Checks the bounds that do not depend on the market; OK or the code of the first field out of range. */
    public ResultCode validate(int useCases) {
        if (model == null) {
            return ResultCode.INVALID_MODEL;
        }
        if (focus < 0 || focus >= useCases) {
            return ResultCode.INVALID_FOCUS;
        }
        if (licenseFee < 0 || licenseFee > Limits.MAX_POSTED_PRICE) {
            return ResultCode.INVALID_LICENSE_FEE;
        }
        if (safety < 0 || safety > Limits.MAX_RND) {
            return ResultCode.INVALID_SAFETY;
        }
        if (model == ModelKind.LICENSED ? licensor < 0 : licensor != -1) {
            return ResultCode.INVALID_LICENSOR;
        }
        return ResultCode.OK;
    }
}
