package org.citypeers.plan.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.SectionContent;
import org.citypeers.practice.ThemeInfo;

/** The challenges: themes of the taxonomy (stored as codes) and a description. */
class ChallengesEditor extends SectionEditor {

    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final TextArea text = new TextArea();
    private final Map<String, String> labels;

    ChallengesEditor(PlanService plans, PlanSection section, String guidance, List<ThemeInfo> taxonomy, String uiLanguage,
                     boolean editable, Runnable onSaved, Runnable onStateChange) {
        super(plans, section, editable, onSaved, onStateChange);
        labels = taxonomy.stream().collect(Collectors.toMap(ThemeInfo::code, t -> t.label(uiLanguage), (a, b) -> a,
                java.util.LinkedHashMap::new));
        section.getThemeCodes().forEach(c -> labels.putIfAbsent(c, c));
        themes.setLabel(getTranslation("plan.challenges.themes"));
        themes.setItems(new ArrayList<>(labels.keySet()));
        themes.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        themes.setWidthFull();
        themes.setId("challenge-themes");
        themes.setValue(new java.util.LinkedHashSet<>(section.getThemeCodes()));
        themes.setReadOnly(!editable);
        text.setLabel(getTranslation("plan.challenges.text"));
        text.setHelperText(guidance);
        text.setMaxLength(PlanSection.TEXT_MAX);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setId("section-text-" + kind.name());
        text.setValue(section.getText() == null ? "" : section.getText());
        text.setReadOnly(!editable);
        if (editable) {
            Autosave.onChange(themes, this::save);
            Autosave.wire(text, state, this::save);
        }
        add(state, themes, text);
    }

    /** The current description, for the recommendations. */
    String challengesText() {
        return text.getValue() + " " + themes.getValue().stream().map(c -> labels.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    @Override
    SectionContent read() {
        return new SectionContent(text.getValue(), new ArrayList<>(themes.getValue()), List.of(), Map.of());
    }

    @Override
    void show(SectionContent content) {
        text.setValue(content.text() == null ? "" : content.text());
        themes.setValue(new java.util.LinkedHashSet<>(content.themeCodes()));
    }

    @Override
    String describe(SectionContent c) {
        return c.themeCodes().stream().map(code -> labels.getOrDefault(code, code)).collect(Collectors.joining(", "))
                + "\n\n" + (c.text() == null ? "" : c.text());
    }
}
