package org.citypeers.award.pdf;

/** Translates the fixed words of a PDF (an i18n key of the award bundle with its arguments). */
@FunctionalInterface
public interface Labels {
    String get(String key, Object... args);
}
