package org.citypeers.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Year;
import java.util.List;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.programme.Programme;
import org.citypeers.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** A coordinator starts their city's plan in a programme their city takes part in, for a round (year). */
class StartPlanDialog extends Dialog {

    StartPlanDialog(PlanService plans, List<Programme> programmes, CurrentUser currentUser) {
        setHeaderTitle(getTranslation("plan.list.start"));
        setId("start-plan-dialog");
        ComboBox<Programme> programme = new ComboBox<>(getTranslation("plan.list.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(Programme::getShortName);
        programme.setRequired(true);
        programme.setId("start-programme");
        programme.setWidthFull();
        if (programmes.size() == 1) {
            programme.setValue(programmes.get(0));
        }
        IntegerField round = new IntegerField(getTranslation("plan.list.round"));
        round.setValue(Year.now().getValue());
        round.setMin(2000);
        round.setMax(2100);
        round.setStepButtonsVisible(true);
        round.setId("start-round");
        add(programme, round);
        Button cancel = new Button(getTranslation("plan.cancel"), e -> close());
        Button create = new Button(getTranslation("plan.list.start.create"), e -> {
            if (programme.getValue() == null || round.getValue() == null) {
                Notifications.error(getTranslation("plan.list.start.missing"));
                return;
            }
            try {
                Long city = currentUser.require().getOrganisationId();
                ActionPlan p = plans.create(programme.getValue().getId(), city, round.getValue());
                close();
                UI.getCurrent().navigate("plans/" + p.getId());
            } catch (IllegalArgumentException | AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("start-create");
        getFooter().add(cancel, create);
    }
}
