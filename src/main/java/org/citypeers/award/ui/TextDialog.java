package org.citypeers.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/**
 * A dialog that asks for a text (a citation, a note, a reason) and confirms an action with it. The
 * action returns whether it succeeded; on failure the dialog stays open with the text kept.
 */
class TextDialog extends Dialog {

    TextDialog(String title, String explanation, String fieldLabel, int maxLength, String confirmLabel, boolean danger,
               Predicate<String> action) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        TextArea text = new TextArea(fieldLabel);
        text.setMaxLength(maxLength);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setRequired(true);
        text.setId("award-dialog-text");
        add(text);
        Button confirm = new Button(confirmLabel, e -> {
            if (text.getValue() == null || text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (action.test(text.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(danger ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.setId("award-dialog-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("award-dialog-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }
}
