package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citypeers.city.City;
import org.citypeers.practice.PracticeAdaptation;
import org.citypeers.practice.PracticeData.AdaptationData;

/** Edits the list of cities that adapted a practice: name, country, year and how. */
class AdaptationsEditor extends Div {

    private record Row(TextField city, ComboBox<String> country, IntegerField year, TextField how, FormLayout layout) {}

    private final List<Row> rows = new ArrayList<>();
    private final Div rowsBox = new Div();

    AdaptationsEditor() {
        setId("practice-adaptations-editor");
        Button add = new Button(getTranslation("practice.adaptation.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("add-adaptation");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("practice.adaptations")), rowsBox, add);
    }

    void setValue(List<AdaptationData> list) {
        rows.clear();
        rowsBox.removeAll();
        list.forEach(this::addRow);
    }

    List<AdaptationData> getValue() {
        return rows.stream().filter(r -> !r.city().getValue().isBlank())
                .map(r -> new AdaptationData(null, r.city().getValue(), r.country().getValue(), r.how().getValue(), r.year().getValue()))
                .toList();
    }

    private void addRow(AdaptationData d) {
        TextField city = new TextField(getTranslation("practice.adaptation.city"));
        city.setMaxLength(City.NAME_MAX);
        ComboBox<String> country = new ComboBox<>(getTranslation("practice.country"));
        country.setItems(Arrays.asList(Locale.getISOCountries()));
        country.setItemLabelGenerator(c -> PracticeFormat.country(c, getLocale()) + " (" + c + ")");
        IntegerField year = new IntegerField(getTranslation("practice.year"));
        year.setMin(1900);
        year.setMax(2100);
        TextField how = new TextField(getTranslation("practice.adaptation.how"));
        how.setMaxLength(PracticeAdaptation.HOW_MAX);
        if (d != null) {
            city.setValue(d.cityName() == null ? "" : d.cityName());
            country.setValue(d.country());
            year.setValue(d.year());
            how.setValue(d.how() == null ? "" : d.how());
        }
        FormLayout layout = new FormLayout(city, country, year, how);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
        Row row = new Row(city, country, year, how, layout);
        Button remove = new Button(getTranslation("practice.adaptation.remove"), e -> {
            rows.remove(row);
            rowsBox.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        layout.add(remove);
        rows.add(row);
        rowsBox.add(layout);
    }
}
