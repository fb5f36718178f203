package org.citypeers.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.citypeers.base.Languages;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccount;
import org.springframework.stereotype.Component;

/** Sets each new UI's language and installs the error handler that turns failures into readable messages. */
@Component
class UiInitListener implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiInitListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String lang = LocaleSupport.remembered(e.getUI().getSession(), request)
                    .or(() -> currentUser.get().map(UserAccount::getUiLanguage).filter(Languages::isUiLanguage))
                    .or(() -> LocaleSupport.fromBrowser(request))
                    .orElse("en");
            e.getUI().setLocale(Languages.uiLocale(lang));
        });
    }
}
