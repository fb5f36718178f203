package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.citypeers.practice.GoodPractice;

/** Asks for the reason of a send-back or a rejection; the action runs only with a non-blank reason. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String confirmLabel, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("practice.reason.label"));
        reason.setId("reason-text");
        reason.setMaxLength(GoodPractice.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8em");
        add(reason);
        setWidth("min(36em, 95vw)");
        Button confirm = new Button(confirmLabel, e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("practice.reason.required"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
