package org.citypeers.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.citypeers.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vaadin's i18n provider for CityPeers. Each feature keeps its own message files in
 * {@code src/main/resources/i18n/} ({@code <feature>.properties} for English, {@code <feature>_pl.properties}
 * and so on), so features can be translated and changed without touching one shared file. Missing
 * translations fall back to English; a missing key shows as {@code !key!} so it is noticed.
 * See docs/adr/0004-i18n-per-feature-bundles.md.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public BundleI18NProvider() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (Resource r : files) {
                String name = r.getFilename();
                if (name == null) {
                    continue;
                }
                String base = name.substring(0, name.length() - ".properties".length());
                int us = base.lastIndexOf('_');
                String lang = us < 0 ? "en" : base.substring(us + 1);
                Properties p = new Properties();
                try (InputStream in = r.getInputStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<String, String> target = byLanguage.computeIfAbsent(lang, k -> new HashMap<>());
                p.forEach((k, v) -> target.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the message files", e);
        }
        log.debug("Loaded messages for {}", byLanguage.keySet());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.UI.keySet().stream().map(Locale::forLanguageTag).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String pattern = byLanguage.getOrDefault(lang, Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault("en", Map.of()).get(key);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale == null ? Locale.ENGLISH : locale).format(params);
    }

    /** The keys of one language (for the test that checks translations are complete). */
    public java.util.Set<String> keys(String language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet();
    }
}
