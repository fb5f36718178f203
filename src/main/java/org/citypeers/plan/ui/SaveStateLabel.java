package org.citypeers.plan.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The visible save state of an editor: "Saved at 10:42", "Unsaved changes", "Conflict". Typing marks
 * it unsaved in the browser at once (a client-side attribute, see {@link Autosave}), without a round
 * trip that would send the text early; every state the server sets clears that mark. Screen readers
 * hear changes (aria-live); the state is also a data attribute, for tests.
 */
class SaveStateLabel extends Span {

    enum State { SAVED, UNSAVED, CONFLICT, ERROR }

    private final Span text = new Span();
    private final Span dirty = new Span();
    private State state = State.SAVED;
    private Instant lastSavedAt;
    private final Runnable onChange;

    SaveStateLabel(Runnable onChange) {
        this.onChange = onChange;
        addClassName("cp-save-state");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
        text.addClassName("cp-state-text");
        dirty.addClassName("cp-dirty-text");
        dirty.setText(getTranslation("plan.save.unsaved"));
        add(text, dirty);
        saved(null);
    }

    /** Saved now ({@code at}), or unchanged since the last save ({@code null}). */
    void saved(Instant at) {
        if (at != null) {
            lastSavedAt = at;
        }
        set(State.SAVED, lastSavedAt == null ? getTranslation("plan.save.saved")
                : getTranslation("plan.save.savedAt", PlanFormat.time(lastSavedAt, getLocale())));
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

    /** The text the server shows (without the browser's own "unsaved" mark). */
    String shownText() {
        return text.getText();
    }

    private void set(State s, String label) {
        boolean changed = s != state;
        state = s;
        text.setText(label);
        getElement().setAttribute("data-state", s.name().toLowerCase());
        getElement().executeJs("this.removeAttribute('data-dirty')");
        if (changed && onChange != null) {
            onChange.run();
        }
    }
}
