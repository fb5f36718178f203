package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.citypeers.plan.PlanAuditEntry;

/** Confirms a workflow step and asks why (required for requesting changes and rejecting). */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String explanation, String confirmLabel, boolean reasonRequired, boolean destructive,
                 Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setId("workflow-dialog");
        setWidth("min(560px, 96vw)");
        TextArea reason = new TextArea(getTranslation(reasonRequired ? "plan.workflow.reason" : "plan.workflow.note"));
        reason.setMaxLength(PlanAuditEntry.NOTE_MAX);
        reason.setRequired(reasonRequired);
        reason.setWidthFull();
        reason.setId("workflow-reason");
        add(new Paragraph(explanation), reason);
        Button cancel = new Button(getTranslation("plan.cancel"), e -> close());
        Button ok = new Button(confirmLabel, e -> {
            if (reasonRequired && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("plan.workflow.reasonRequired"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        ok.setId("workflow-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(cancel, ok);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
