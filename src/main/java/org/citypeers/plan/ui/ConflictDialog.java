package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Shown when someone else saved the same section since this person loaded it: their text next to
 * one's own, and a choice. Nothing is lost: one's own text stays in the editor until one chooses, and
 * both texts can be copied from here.
 */
class ConflictDialog extends Dialog {

    /** What the person decided. */
    interface Choice {
        void keepMine();

        void takeTheirs();

        /** Null when combining makes no sense (structured sections). */
        default Runnable combine() {
            return null;
        }
    }

    ConflictDialog(String sectionName, String savedBy, String theirs, String mine, Choice choice) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("plan.conflict.title", sectionName));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("min(1000px, 96vw)");
        add(new Paragraph(getTranslation("plan.conflict.explain", savedBy == null ? getTranslation("plan.conflict.someone") : savedBy)));
        FlexLayout both = new FlexLayout(column(getTranslation("plan.conflict.theirs"), theirs, "conflict-theirs"),
                column(getTranslation("plan.conflict.mine"), mine, "conflict-mine"));
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-m)");
        both.setWidthFull();
        add(both);

        Button keep = new Button(getTranslation("plan.conflict.keepMine"), e -> {
            close();
            choice.keepMine();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("conflict-keep-mine");
        Button take = new Button(getTranslation("plan.conflict.takeTheirs"), e -> {
            close();
            choice.takeTheirs();
        });
        take.setId("conflict-take-theirs");
        getFooter().add(take);
        if (choice.combine() != null) {
            Button combine = new Button(getTranslation("plan.conflict.combine"), e -> {
                close();
                choice.combine().run();
            });
            combine.setId("conflict-combine");
            getFooter().add(combine);
        }
        getFooter().add(keep);
    }

    private Div column(String title, String text, String id) {
        TextArea area = new TextArea(title);
        area.setValue(text == null ? "" : text);
        area.setReadOnly(true);
        area.setWidthFull();
        area.setMaxHeight("50vh");
        area.setId(id);
        Div col = new Div(area);
        col.getStyle().set("flex", "1 1 300px").set("min-width", "0");
        return col;
    }
}
