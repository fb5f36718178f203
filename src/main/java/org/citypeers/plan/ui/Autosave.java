package org.citypeers.plan.ui;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Autosave wiring for a text field: "unsaved" as soon as the person types, a save two seconds after
 * typing stops, and on leaving the field. The manual save button calls the same save.
 */
final class Autosave {

    static final int AFTER_TYPING_MS = 2000;

    private Autosave() {}

    /**
     * Wires the field. {@code state} is marked unsaved in the browser on the first keystroke (and the
     * page's overall state, element id {@code plan-save-state}): a server event would flush the text early.
     */
    static <C extends Component & HasValueChangeMode & HasValue<?, ?> & BlurNotifier<C>> void wire(C field, SaveStateLabel state,
                                                                                                 Runnable save) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(AFTER_TYPING_MS);
        field.getElement().executeJs("const state = $0; this.addEventListener('input', () => {"
                + " for (const s of [state, document.getElementById('plan-save-state')]) {"
                + "  if (s && s.getAttribute('data-state') !== 'conflict') { s.setAttribute('data-dirty', ''); } } });",
                state.getElement());
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
