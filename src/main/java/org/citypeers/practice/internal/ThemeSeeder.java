package org.citypeers.practice.internal;

import org.citypeers.practice.ThemeService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Seeds the theme taxonomy on every start when the table is empty, before the web server accepts requests. */
@Component
class ThemeSeeder implements SmartInitializingSingleton {

    private final ThemeService themes;

    ThemeSeeder(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        themes.seedIfEmpty();
    }
}
