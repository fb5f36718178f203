package org.citypeers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.BundleI18NProvider;
import org.junit.jupiter.api.Test;

/** Every key used in the code has English text, and the shell is complete in every UI language. */
class TranslationsTest {

    private final BundleI18NProvider provider = new BundleI18NProvider();

    @Test
    void every_translation_key_used_in_the_code_has_english_text() throws IOException {
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    // "city.kind." + kind: a dynamic key; at least one English key must have that prefix
                    boolean known = key.endsWith(".") ? provider.keys("en").stream().anyMatch(k -> k.startsWith(key))
                            : provider.keys("en").contains(key);
                    if (!known) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys without English text").isEmpty();
    }

    @Test
    void the_shell_is_translated_into_every_ui_language() throws IOException {
        Set<String> english = keysOf("shell.properties");
        for (String lang : Languages.UI.keySet()) {
            if (lang.equals("en")) {
                continue;
            }
            Set<String> translated = keysOf("shell_" + lang + ".properties");
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            assertThat(missing).as("shell keys missing in " + lang).isEmpty();
        }
    }

    @Test
    void a_translated_message_really_differs_from_english() {
        assertThat(provider.getTranslation("nav.programmes", java.util.Locale.forLanguageTag("pl"))).isEqualTo("Programy");
        assertThat(provider.getTranslation("nav.programmes", java.util.Locale.ENGLISH)).isEqualTo("Programmes");
        assertThat(provider.getTranslation("no.such.key", java.util.Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Set<String> keysOf(String file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
