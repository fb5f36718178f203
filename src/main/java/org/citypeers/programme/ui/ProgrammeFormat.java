package org.citypeers.programme.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.citypeers.programme.Programme;

/** Dates as the reader's language writes them. */
final class ProgrammeFormat {

    private ProgrammeFormat() {}

    static String date(LocalDate d, Locale locale) {
        return d == null ? "…" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    static String period(Programme p, Locale locale) {
        return date(p.getStartDate(), locale) + " – " + date(p.getEndDate(), locale);
    }
}
