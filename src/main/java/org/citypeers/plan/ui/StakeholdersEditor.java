package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;

/** The stakeholders and ecosystem: each with a role, an influence and an interest; saved on every change. */
class StakeholdersEditor extends SectionEditor {

    private final List<Stakeholder> items = new ArrayList<>();
    private final Grid<Stakeholder> grid = new Grid<>();

    StakeholdersEditor(PlanService plans, PlanSection section, String guidance, boolean editable, Runnable onSaved,
                       Runnable onStateChange) {
        super(plans, section, editable, onSaved, onStateChange);
        items.addAll(section.getStakeholders());
        add(state);
        if (guidance != null) {
            add(new Paragraph(guidance));
        }
        grid.setId("stakeholders-grid");
        grid.addColumn(Stakeholder::getName).setHeader(getTranslation("plan.stakeholder.name")).setFlexGrow(2).setAutoWidth(false);
        grid.addColumn(Stakeholder::getRole).setHeader(getTranslation("plan.stakeholder.role")).setFlexGrow(2);
        grid.addColumn(s -> level(s.getInfluence())).setHeader(getTranslation("plan.stakeholder.influence"));
        grid.addColumn(s -> level(s.getInterest())).setHeader(getTranslation("plan.stakeholder.interest"));
        if (editable) {
            grid.addComponentColumn(s -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    items.remove(s);
                    refreshAndSave();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("plan.stakeholder.remove", s.getName()));
                return remove;
            }).setFlexGrow(0).setWidth("5em");
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.stakeholder.empty"));
        grid.setItems(items);
        add(grid);
        if (editable) {
            add(addForm());
        }
    }

    private FlexLayout addForm() {
        TextField name = new TextField(getTranslation("plan.stakeholder.name"));
        name.setMaxLength(Stakeholder.NAME_MAX);
        name.setId("stakeholder-name");
        TextField role = new TextField(getTranslation("plan.stakeholder.role"));
        role.setMaxLength(Stakeholder.ROLE_MAX);
        role.setId("stakeholder-role");
        Select<Stakeholder.Level> influence = levelSelect("plan.stakeholder.influence", "stakeholder-influence");
        Select<Stakeholder.Level> interest = levelSelect("plan.stakeholder.interest", "stakeholder-interest");
        Button add = new Button(getTranslation("plan.stakeholder.add"), VaadinIcon.PLUS.create(), e -> {
            if (name.getValue().isBlank()) {
                Notifications.error(getTranslation("plan.stakeholder.nameRequired"));
                return;
            }
            items.add(new Stakeholder(name.getValue().strip(), role.getValue().strip(), influence.getValue(), interest.getValue()));
            name.clear();
            role.clear();
            influence.clear();
            interest.clear();
            refreshAndSave();
            name.focus();
        });
        add.setId("stakeholder-add");
        FlexLayout form = new FlexLayout(name, role, influence, interest, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        return form;
    }

    private Select<Stakeholder.Level> levelSelect(String labelKey, String id) {
        Select<Stakeholder.Level> s = new Select<>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(Stakeholder.Level.values());
        s.setItemLabelGenerator(this::level);
        s.setId(id);
        s.setWidth("9em");
        return s;
    }

    private String level(Stakeholder.Level l) {
        return l == null ? "–" : getTranslation("plan.level." + l.name());
    }

    private void refreshAndSave() {
        grid.getDataProvider().refreshAll();
        save();
    }

    @Override
    SectionContent read() {
        return new SectionContent(null, List.of(), List.copyOf(items), Map.of());
    }

    @Override
    void show(SectionContent content) {
        items.clear();
        items.addAll(content.stakeholders());
        grid.getDataProvider().refreshAll();
    }

    @Override
    String describe(SectionContent c) {
        StringBuilder b = new StringBuilder();
        for (Stakeholder s : c.stakeholders()) {
            b.append("- ").append(s.getName()).append(" — ").append(s.getRole() == null ? "" : s.getRole()).append(" (")
                    .append(level(s.getInfluence())).append(" / ").append(level(s.getInterest())).append(")\n");
        }
        return b.toString();
    }
}
