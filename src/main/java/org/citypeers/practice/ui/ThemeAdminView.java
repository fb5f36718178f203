package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.practice.Theme;
import org.citypeers.practice.ThemeInfo;
import org.citypeers.practice.ThemeService;
import org.citypeers.practice.ThemeService.ThemeTextData;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Admins edit the theme taxonomy: labels and keywords in every content language, broader theme, new themes. */
@Route("admin/themes")
@RolesAllowed(Roles.ADMIN)
class ThemeAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ThemeService themes;
    private final ComboBox<ThemeInfo> pick = new ComboBox<>();
    private final TextField code = new TextField();
    private final ComboBox<String> parent = new ComboBox<>();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final Map<String, TextArea> keywords = new LinkedHashMap<>();
    private boolean creating;
    private long version;

    ThemeAdminView(ThemeService themes) {
        this.themes = themes;
        addClassName("cp-page");
        String lang = PracticeFormat.lang(this);
        pick.setId("theme-pick");
        pick.setLabel(getTranslation("practice.themes.select"));
        pick.setItemLabelGenerator(t -> t.label(lang) + " (" + t.code() + ")");
        pick.setWidthFull();
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });
        Button create = new Button(getTranslation("practice.themes.new"), e -> startNew());
        create.setId("theme-new");
        code.setLabel(getTranslation("practice.themes.code"));
        code.setId("theme-code");
        code.setMaxLength(Theme.CODE_MAX);
        parent.setLabel(getTranslation("practice.themes.parent"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(c -> themes.label(c, lang));
        FormLayout form = new FormLayout(code, parent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (String l : Languages.CONTENT) {
            TextField label = new TextField(getTranslation("practice.themes.label", l));
            label.setId("theme-label-" + l);
            label.setMaxLength(Theme.LABEL_MAX);
            TextArea kw = new TextArea(getTranslation("practice.themes.keywords", l));
            kw.setMaxLength(Theme.KEYWORDS_MAX);
            labels.put(l, label);
            keywords.put(l, kw);
            form.add(label, kw);
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("theme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("practice.themes.title")), new HorizontalLayout(pick, create), form, save);
        refresh();
        startNew();
    }

    private void refresh() {
        List<ThemeInfo> all = themes.all();
        pick.setItems(all);
        parent.setItems(all.stream().map(ThemeInfo::code).toList());
    }

    private void startNew() {
        creating = true;
        code.setReadOnly(false);
        code.clear();
        parent.clear();
        labels.values().forEach(TextField::clear);
        keywords.values().forEach(TextArea::clear);
    }

    private void load(ThemeInfo t) {
        creating = false;
        version = themes.versionOf(t.code());
        code.setValue(t.code());
        code.setReadOnly(true);
        parent.setValue(t.parent());
        labels.forEach((l, f) -> f.setValue(t.labels().getOrDefault(l, "")));
        keywords.forEach((l, f) -> f.setValue(String.join("\n", t.keywords().getOrDefault(l, List.of()))));
    }

    private void save() {
        Map<String, ThemeTextData> texts = new LinkedHashMap<>();
        labels.forEach((l, f) -> {
            if (!f.getValue().isBlank()) {
                texts.put(l, new ThemeTextData(f.getValue(), PracticeForm.split(keywords.get(l).getValue())));
            }
        });
        try {
            if (creating) {
                themes.create(code.getValue().trim(), parent.getValue(), texts);
            } else {
                themes.update(code.getValue(), version, parent.getValue(), texts);
            }
            Notifications.success(getTranslation("practice.themes.saved"));
            String saved = code.getValue().trim();
            refresh();
            themes.find(saved).ifPresent(t -> {
                pick.setValue(t);
                load(t);
            });
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.themes.title") + " | CityPeers";
    }
}
