package org.citypeers.plan.ui;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DebouncePhase;

/**
 * Autosave wiring for a text field: "unsaved" as soon as the person types, a save two seconds after
 * typing stops, and on leaving the field. The manual save button calls the same save.
 */
final class Autosave {

    static final int AFTER_TYPING_MS = 2000;

    private Autosave() {}

    static <C extends Component & HasValueChangeMode & HasValue<?, ?> & BlurNotifier<C>> void wire(C field, Runnable dirty, Runnable save) {
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(AFTER_TYPING_MS);
        field.getElement().addEventListener("input", e -> dirty.run()).debounce(400, DebouncePhase.LEADING);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        field.addBlurListener(e -> save.run());
    }

    /** For fields without typing (dates, selects, numbers): save on every change the person makes. */
    static void onChange(HasValue<?, ?> field, Runnable save) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
    }
}
