package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {

    private static final String SECRET = "Zq7-unit-test-secret-41";

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = context.getLogger("test");

    @BeforeEach
    void installTheFilter() {
        var redaction = new SecretRedaction();
        redaction.add(List.of(SECRET, " "));
        redaction.start();
        context.addTurboFilter(redaction);
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
    }

    @Test
    void aSecretInTheMessageOrAnArgumentIsMasked() {
        logger.info("token " + SECRET + " used");
        logger.info("token {} used by {}", SECRET, "alice");

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("token *** used", "token *** used by alice");
    }

    @Test
    void aSecretAnywhereInAThrowableChainIsMaskedButTheStackFramesStay() {
        var cause = new IllegalArgumentException("bad key " + SECRET);
        var thrown = new IllegalStateException("refused " + SECRET, cause);
        thrown.addSuppressed(new RuntimeException("also " + SECRET));

        logger.error("function={} invocationId={} failed", "leak", "id-1", thrown);

        var event = appender.list.get(0);
        var rendered = ThrowableProxyUtil.asString(event.getThrowableProxy());
        assertThat(event.getFormattedMessage()).isEqualTo("function=leak invocationId=id-1 failed");
        assertThat(rendered).doesNotContain(SECRET)
                .contains("java.lang.IllegalStateException: refused ***", "bad key ***", "also ***",
                        "SecretRedactionTest.aSecretAnywhereInAThrowableChain");
    }

    @Test
    void eventsWithoutASecretPassUntouched() {
        var thrown = new IllegalStateException("harmless");

        logger.error("nothing to hide", thrown);

        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getThrowableProxy().getClassName())
                .isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void disabledLevelsStayDisabled() {
        logger.setLevel(ch.qos.logback.classic.Level.INFO);

        logger.debug("debug " + SECRET);

        assertThat(appender.list).isEmpty();
    }
}
