package com.cumulus.commerce.devhost;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps the values of settings resolved from Key Vault out of every log line: a function that puts a secret
 * into an exception message or a log call would otherwise have it printed with the stack trace devhost logs.
 * A Logback turbo filter sees each call before any appender does; a call that carries a secret is dropped
 * and logged again with every secret replaced by {@code ***} (in the message, the arguments and the whole
 * cause chain of a throwable), so every appender, console or test, only ever sees the redacted event.
 *
 * <p>Values stay protected for the life of the JVM: once a value was a secret it must not leak later either.
 */
final class SecretRedaction extends TurboFilter {

    static final String MASK = "***";
    private static final String FQCN = Logger.class.getName();

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Redacts {@code values} from everything logged through Logback from now on (blank values are ignored). */
    static void protect(Collection<String> values) {
        if (values.isEmpty() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        filterOf(context).add(values);
    }

    private static synchronized SecretRedaction filterOf(LoggerContext context) {
        for (var filter : context.getTurboFilterList()) {
            if (filter instanceof SecretRedaction redaction) {
                return redaction;
            }
        }
        var redaction = new SecretRedaction();
        redaction.setName("secret-redaction");
        redaction.start();
        context.addTurboFilter(redaction);
        return redaction;
    }

    void add(Collection<String> values) {
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(secrets::add);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (secrets.isEmpty() || (format == null && t == null) || level == null
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        if (!leaks(format) && !leaks(t) && !leaksAny(params)) {
            return FilterReply.NEUTRAL;
        }
        Object[] redactedParams = null;
        if (params != null) {
            redactedParams = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                redactedParams[i] = redactArgument(params[i]);
            }
        }
        // the redacted call holds no secret, so this filter lets it through
        logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), redact(format), redactedParams,
                leaks(t) ? redact(t, Collections.newSetFromMap(new IdentityHashMap<>())) : t);
        return FilterReply.DENY;
    }

    private Object redactArgument(Object argument) {
        if (argument instanceof Throwable thrown) {
            return leaks(thrown) ? redact(thrown, Collections.newSetFromMap(new IdentityHashMap<>())) : thrown;
        }
        if (argument == null) {
            return null;
        }
        var text = String.valueOf(argument);
        return leaks(text) ? redact(text) : argument;
    }

    private boolean leaksAny(Object[] params) {
        if (params == null) {
            return false;
        }
        for (var param : params) {
            if (param instanceof Throwable thrown ? leaks(thrown) : param != null && leaks(String.valueOf(param))) {
                return true;
            }
        }
        return false;
    }

    private boolean leaks(String text) {
        if (text == null) {
            return false;
        }
        for (var secret : secrets) {
            if (text.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    private boolean leaks(Throwable t) {
        var seen = Collections.<Throwable>newSetFromMap(new IdentityHashMap<>());
        return leaks(t, seen);
    }

    private boolean leaks(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (leaks(t.toString()) || leaks(t.getCause(), seen)) {
            return true;
        }
        for (var suppressed : t.getSuppressed()) {
            if (leaks(suppressed, seen)) {
                return true;
            }
        }
        return false;
    }

    private String redact(String text) {
        if (text == null) {
            return null;
        }
        var redacted = text;
        for (var secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }

    /** A copy of the throwable and its causes with the same stack frames, every message redacted. */
    private Throwable redact(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        var copy = new Redacted(redact(t.toString()), redact(t.getCause(), seen));
        copy.setStackTrace(t.getStackTrace());
        for (var suppressed : t.getSuppressed()) {
            var redacted = redact(suppressed, seen);
            if (redacted != null) {
                copy.addSuppressed(redacted);
            }
        }
        return copy;
    }

    /** Stands in for a throwable whose message held a secret; its message starts with the original class. */
    static final class Redacted extends RuntimeException {

        Redacted(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
