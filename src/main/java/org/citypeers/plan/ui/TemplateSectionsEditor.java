package org.citypeers.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.plan.TemplateData.SectionData;
import org.citypeers.plan.TemplateSection;

/**
 * The section kinds of a plan template in their fixed order: included or not, required or not
 * (ticking "required" includes the section, leaving a section out makes it optional), and the guidance
 * the cities read in the plan editor.
 */
class TemplateSectionsEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();

    TemplateSectionsEditor(List<SectionData> sections) {
        setPadding(false);
        setSpacing(false);
        setId("template-sections");
        sections.forEach(this::addRow);
    }

    /** The sections as the manager has set them, in order. */
    List<SectionData> value() {
        return rows.stream().map(r -> new SectionData(r.data.kind(), r.included.getValue(), r.required.getValue(),
                r.guidance.getValue())).toList();
    }

    private void addRow(SectionData s) {
        Row r = new Row(s);
        String kind = s.kind().name();
        String name = PlanFormat.section(this, kind);
        H3 title = new H3(name);
        title.setId("template-section-title-" + kind);
        r.included.setLabel(getTranslation("plan.template.included"));
        r.included.setId("include-" + kind);
        r.included.setValue(s.included() || s.required());
        r.required.setLabel(getTranslation("plan.template.requiredBox"));
        r.required.setId("require-" + kind);
        r.required.setValue(s.required());
        r.guidance.setLabel(getTranslation("plan.template.guidance"));
        r.guidance.setId("guidance-" + kind);
        r.guidance.setMaxLength(TemplateSection.GUIDANCE_MAX);
        r.guidance.setValue(s.guidance() == null ? "" : s.guidance());
        r.guidance.setWidthFull();
        r.included.addValueChangeListener(e -> {
            if (!e.getValue()) {
                r.required.setValue(false);
            }
            r.update();
        });
        r.required.addValueChangeListener(e -> {
            if (e.getValue()) {
                r.included.setValue(true);
            }
            r.update();
        });
        FlexLayout boxes = new FlexLayout(r.included, r.required);
        boxes.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        boxes.addClassName("cp-template-boxes");
        Div card = new Div(title, boxes, r.guidance);
        card.addClassNames("cp-card", "cp-template-section");
        card.setId("template-section-" + kind);
        // one group per section, named by its title, so a screen reader says which section a box belongs to
        card.getElement().setAttribute("role", "group");
        card.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        r.card = card;
        r.update();
        rows.add(r);
        add(card);
    }

    private static final class Row {
        final SectionData data;
        final Checkbox included = new Checkbox();
        final Checkbox required = new Checkbox();
        final TextArea guidance = new TextArea();
        Div card;

        Row(SectionData data) {
            this.data = data;
        }

        /** A left-out section shows muted; its guidance is not editable (and is not kept when saved). */
        void update() {
            guidance.setEnabled(included.getValue());
            card.getElement().setAttribute("data-included", String.valueOf(included.getValue()));
        }
    }
}
