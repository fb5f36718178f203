package org.citypeers.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.citypeers.base.Languages;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccountService;

/**
 * A select of the UI languages, each in its own name. The choice is remembered for the session, in a
 * cookie and, for a signed-in person, in their account; the page reloads in the new language.
 */
public class LanguageSwitcher extends Select<String> {

    public LanguageSwitcher(UserAccountService accounts, CurrentUser currentUser) {
        setItems(Languages.UI.keySet());
        setItemLabelGenerator(Languages.UI::get);
        setValue(UI.getCurrent() == null ? "en" : UI.getCurrent().getLocale().getLanguage());
        setAriaLabel(getTranslation("nav.language"));
        setId("language-switcher");
        setWidth("9.5em");
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            LocaleSupport.apply(e.getValue());
            if (currentUser.get().isPresent()) {
                accounts.changeOwnLanguage(e.getValue());
            }
            UI.getCurrent().getPage().reload();
        });
    }
}
