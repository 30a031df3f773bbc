package no.samspill.service.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Everything the application logs while it is open, with the stack traces' messages. */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    /** Each logged line: its formatted message and the messages of its exception chain. */
    public List<String> lines() {
        return appender.list.stream().map(event -> event.getFormattedMessage() + causes(event.getThrowableProxy()))
                .toList();
    }

    private static String causes(IThrowableProxy throwable) {
        return throwable == null ? "" : " | " + throwable.getMessage() + causes(throwable.getCause());
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
