package org.oneplan.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OpenHTMLtoPDF's messages to the application's log, warnings as warnings and the rest at debug:
 * left alone, it prints its progress to standard error on every document.
 */
final class PdfRendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (warning(level)) {
            LOG.warn("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return warning(diagnostic.getLevel()) ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
    }

    private static boolean warning(Level level) {
        return level.intValue() >= Level.WARNING.intValue();
    }
}
