package dev.involution.bots.runner;

import dev.involution.bots.strategy.BuiltInStrategies;
import dev.involution.bots.strategy.Strategy;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/** Finds a strategy by a built-in name or by the name of a class on the classpath. */
public final class StrategyLoader {
    private StrategyLoader() {
    }

    /**
     * The strategy {@code spec} names: a built-in one ({@link BuiltInStrategies#names()}), or a
     * public class implementing {@link Strategy} with a public constructor taking a {@code long}
     * seed or none.
     */
    public static Strategy load(String spec, long seed, ClassLoader loader) {
        if (BuiltInStrategies.exists(spec)) {
            return BuiltInStrategies.create(spec, seed);
        }
        Class<?> type;
        try {
            type = Class.forName(spec, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("unknown strategy '" + spec + "': neither a built-in one "
                    + BuiltInStrategies.names() + " nor a class on the classpath");
        }
        if (!Strategy.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(spec + " does not implement " + Strategy.class.getName());
        }
        try {
            return (Strategy) seededConstructor(type).newInstance(seed);
        } catch (NoSuchMethodException noSeed) {
            try {
                return (Strategy) type.getConstructor().newInstance();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(spec + " needs a public constructor taking a long seed or none");
            } catch (ReflectiveOperationException e) {
                throw cannotCreate(spec, e);
            }
        } catch (ReflectiveOperationException e) {
            throw cannotCreate(spec, e);
        }
    }

    private static Constructor<?> seededConstructor(Class<?> type) throws NoSuchMethodException {
        return type.getConstructor(long.class);
    }

    private static IllegalArgumentException cannotCreate(String spec, ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
        return new IllegalArgumentException("cannot create " + spec + ": " + cause, cause);
    }
}
