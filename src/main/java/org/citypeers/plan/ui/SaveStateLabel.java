package org.citypeers.plan.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The visible save state of an editor: "Saved at 10:42", "Unsaved changes", "Saving…", "Conflict".
 * Screen readers hear changes (aria-live). The state is also a data attribute, for tests.
 */
class SaveStateLabel extends Span {

    enum State { SAVED, UNSAVED, CONFLICT, ERROR }

    private State state = State.SAVED;
    private final Runnable onChange;

    SaveStateLabel(Runnable onChange) {
        this.onChange = onChange;
        addClassName("cp-save-state");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
        saved(null);
    }

    void saved(Instant at) {
        set(State.SAVED, at == null ? getTranslation("plan.save.saved") : getTranslation("plan.save.savedAt", PlanFormat.time(at, getLocale())));
    }

    void unsaved() {
        if (state != State.CONFLICT) {
            set(State.UNSAVED, getTranslation("plan.save.unsaved"));
        }
    }

    void conflict() {
        set(State.CONFLICT, getTranslation("plan.save.conflict"));
    }

    void error() {
        set(State.ERROR, getTranslation("plan.save.error"));
    }

    State state() {
        return state;
    }

    private void set(State s, String text) {
        boolean changed = s != state;
        state = s;
        setText(text);
        getElement().setAttribute("data-state", s.name().toLowerCase());
        if (changed && onChange != null) {
            onChange.run();
        }
    }
}
