package org.citypeers.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a destructive action; the action runs only after an explicit confirmation. */
public final class Confirm {

    private Confirm() {}

    public static void ask(String header, String text, String confirmLabel, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(header);
        d.setText(text);
        d.setCancelable(true);
        d.setCancelText(ui == null ? "Cancel" : ui.getTranslation("action.cancel"));
        d.setConfirmText(confirmLabel);
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> action.run());
        d.open();
    }
}
