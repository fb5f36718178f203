package org.citypeers.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last safety net for failures in button clicks and other UI events: the person sees a short,
 * translated message (never a stack trace); the log gets the details and a reference they can quote.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable t = rootCause(event.getThrowable());
        UI ui = UI.getCurrent();
        String message;
        if (t instanceof org.springframework.security.access.AccessDeniedException
                || t instanceof org.springframework.security.authorization.AuthorizationDeniedException) {
            message = translate(ui, "error.denied");
        } else if (t instanceof org.springframework.orm.ObjectOptimisticLockingFailureException
                || t instanceof jakarta.persistence.OptimisticLockException) {
            message = translate(ui, "error.conflict");
        } else if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            message = t.getMessage();
        } else if (isClientGone(event.getThrowable())) {
            log.debug("Client went away", event.getThrowable());
            return;
        } else {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error (reference {})", ref, event.getThrowable());
            message = translate(ui, "error.unexpected", ref);
        }
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }

    /** A browser that closed the connection mid-response is not an error worth a message. */
    private static boolean isClientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getName().endsWith("ClientAbortException")
                    || (c instanceof java.io.IOException && String.valueOf(c.getMessage()).contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && cur.getCause() != cur
                && !(cur instanceof org.springframework.security.access.AccessDeniedException)
                && !(cur instanceof org.springframework.orm.ObjectOptimisticLockingFailureException)
                && !(cur instanceof IllegalArgumentException)) {
            cur = cur.getCause();
        }
        return cur;
    }
}
