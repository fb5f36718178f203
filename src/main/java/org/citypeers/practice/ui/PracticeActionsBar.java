package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Supplier;
import org.citypeers.base.ui.Notifications;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeActions;
import org.citypeers.practice.PracticeRoutes;
import org.citypeers.practice.PracticeService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The buttons for what the person may do with the practice now; send-back and reject ask for a reason. */
class PracticeActionsBar extends FlexLayout {

    private final PracticeService practices;
    private final GoodPractice p;
    private final Runnable refresh;

    PracticeActionsBar(PracticeService practices, GoodPractice p, Runnable refresh) {
        this.practices = practices;
        this.p = p;
        this.refresh = refresh;
        setId("practice-actions");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        PracticeActions can = practices.actions(p.getId());
        long id = p.getId();
        long version = p.getVersion();
        if (can.edit()) {
            add(button("practice-edit", "practice.edit", VaadinIcon.EDIT, false,
                    () -> getUI().ifPresent(ui -> ui.navigate(PracticeRoutes.edit(id)))));
        }
        if (can.submit()) {
            add(button("practice-submit", "practice.submit", VaadinIcon.PAPERPLANE, true,
                    () -> run(() -> practices.submit(id, version), "practice.submitted")));
        }
        if (can.validate()) {
            add(button("practice-validate", "practice.validate", VaadinIcon.CHECK, true,
                    () -> run(() -> practices.validate(id, version), "practice.validated")));
        }
        if (can.publish()) {
            add(button("practice-publish", "practice.publish", VaadinIcon.GLOBE, true,
                    () -> run(() -> practices.publish(id, version), "practice.published")));
        }
        if (can.sendBack()) {
            add(button("practice-send-back", "practice.sendBack", VaadinIcon.ARROW_BACKWARD, false,
                    () -> new ReasonDialog(getTranslation("practice.reason.title.sendBack"), getTranslation("practice.sendBack"),
                            r -> run(() -> practices.sendBack(id, version, r), "practice.sentBack")).open()));
        }
        if (can.reject()) {
            Button reject = button("practice-reject", "practice.reject", VaadinIcon.BAN, false,
                    () -> new ReasonDialog(getTranslation("practice.reason.title.reject"), getTranslation("practice.reject"),
                            r -> run(() -> practices.reject(id, version, r), "practice.rejected")).open());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(reject);
        }
        if (can.delete()) {
            Button delete = button("practice-delete", "practice.delete", VaadinIcon.TRASH, false, () -> {
                ConfirmDialog d = new ConfirmDialog(getTranslation("practice.delete"), getTranslation("practice.delete.confirm"),
                        getTranslation("practice.delete"), e -> {
                            try {
                                practices.delete(id);
                                Notifications.success(getTranslation("practice.deleted"));
                                getUI().ifPresent(ui -> ui.navigate(PracticeRoutes.MINE));
                            } catch (AccessDeniedException | IllegalArgumentException ex) {
                                Notifications.error(ex.getMessage());
                            }
                        });
                d.setConfirmButtonTheme("error primary");
                d.setCancelable(true);
                d.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(delete);
        }
    }

    private Button button(String id, String key, VaadinIcon icon, boolean primary, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private void run(Supplier<GoodPractice> action, String doneKey) {
        try {
            action.get();
            Notifications.success(getTranslation(doneKey));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.denied"));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
        refresh.run();
    }
}
