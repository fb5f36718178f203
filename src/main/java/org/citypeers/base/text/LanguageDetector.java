package org.citypeers.base.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citypeers.base.Languages;
import org.springframework.stereotype.Component;

/**
 * Detects the language of a text among the content languages CityPeers supports (lingua, limited to
 * those languages for accuracy and memory; see docs/adr). The model loads lazily on first use.
 */
@Component
public class LanguageDetector {

    private static final Map<String, Language> SUPPORTED = Languages.CONTENT.stream()
            .collect(Collectors.toMap(c -> c, LanguageDetector::toLingua));

    private volatile com.github.pemistahl.lingua.api.LanguageDetector detector;

    /**
     * Loads the language models in the background once the application is ready, so that the first
     * person who saves a practice does not wait for them.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> detect("Warm-up: the city library opens a reading room for older residents."),
                "language-detector-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** ISO 639-1 code of the text's language, or empty when the text is too short or unclear. */
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        Language l = detector().detectLanguageOf(sample);
        if (l == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /** The detected language, or {@code fallback} when detection is not sure. */
    public String detectOr(String text, String fallback) {
        return detect(text).orElse(fallback);
    }

    private com.github.pemistahl.lingua.api.LanguageDetector detector() {
        if (detector == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(SUPPORTED.values().toArray(Language[]::new)).build();
                }
            }
        }
        return detector;
    }

    private static Language toLingua(String iso) {
        return Arrays.stream(Language.values())
                .filter(l -> l != Language.UNKNOWN && l.getIsoCode639_1().toString().equalsIgnoreCase(iso))
                .findFirst().orElseThrow(() -> new IllegalStateException("lingua does not know " + iso));
    }
}
