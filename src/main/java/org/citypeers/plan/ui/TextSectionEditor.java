package org.citypeers.plan.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.SectionContent;

/** A section that is one free text (context, vision, risks, monitoring, the English summary). */
class TextSectionEditor extends SectionEditor {

    private final TextArea text = new TextArea();

    TextSectionEditor(PlanService plans, PlanSection section, String guidance, boolean editable, Runnable onSaved, Runnable onStateChange) {
        super(plans, section, editable, onSaved, onStateChange);
        text.setLabel(PlanFormat.section(this, kind.name()));
        text.setHelperText(guidance);
        text.setMaxLength(PlanSection.TEXT_MAX);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setId("section-text-" + kind.name());
        text.setValue(section.getText() == null ? "" : section.getText());
        text.setReadOnly(!editable);
        if (editable) {
            Autosave.wire(text, state, this::save);
        }
        add(state, text);
    }

    @Override
    SectionContent read() {
        return SectionContent.ofText(text.getValue());
    }

    @Override
    void show(SectionContent content) {
        text.setValue(content.text() == null ? "" : content.text());
    }
}
