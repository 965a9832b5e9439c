package dev.involution.arena.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The log lines an in-process arena writes while a test runs: every line at WARN or above, and
 * INFO and above from the loggers named. Detached with {@link #close()}.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Logger> detailed;
    private final List<Level> previous;

    private LogCapture(List<String> infoLoggers) {
        appender.start();
        root.addAppender(appender);
        detailed = infoLoggers.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
        previous = detailed.stream().map(Logger::getLevel).toList();
        detailed.forEach(logger -> logger.setLevel(Level.INFO));
    }

    /** Captures from now on: WARN and above from everything, INFO and above from these loggers. */
    public static LogCapture start(String... infoLoggers) {
        return new LogCapture(List.of(infoLoggers));
    }

    /** The lines so far. */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** The lines so far from loggers whose name starts with {@code prefix}. */
    public List<ILoggingEvent> from(String prefix) {
        return events().stream().filter(e -> e.getLoggerName().startsWith(prefix)).toList();
    }

    public void clear() {
        synchronized (appender) {
            appender.list.clear();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        for (int i = 0; i < detailed.size(); i++) {
            detailed.get(i).setLevel(previous.get(i));
        }
        appender.stop();
    }
}
