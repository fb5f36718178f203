package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.citypeers.award.RuleResult;
import org.citypeers.award.pdf.Labels;

/** Small formatting helpers shared by the award views. */
final class AwardFormat {

    private AwardFormat() {}

    static String country(String code, Locale locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    static String date(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at.atZone(ZoneOffset.UTC));
    }

    static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** The PDF labels of a component's language. */
    static Labels labels(Component c, Locale locale) {
        return (key, args) -> c.getTranslation(locale, key, args);
    }

    /**
     * One rule as a line: a symbol (✓ met, ✗ not met, – not evaluated) and the words, so the result never
     * depends on colour alone.
     */
    static Component rule(Component c, RuleResult r) {
        Span line = new Span();
        line.addClassName("cp-rule");
        String symbol = switch (r.outcome()) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case NOT_EVALUATED -> "–";
        };
        String word = switch (r.outcome()) {
            case MET -> c.getTranslation("award.rule.met");
            case NOT_MET -> c.getTranslation("award.rule.notMet");
            case NOT_EVALUATED -> c.getTranslation("award.rule.notEvaluated");
        };
        Span icon = new Span(symbol);
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("font-weight", "700").set("display", "inline-block").set("width", "1.4em")
                .set("color", switch (r.outcome()) {
                    case MET -> "var(--lumo-success-text-color)";
                    case NOT_MET -> "var(--lumo-error-text-color)";
                    case NOT_EVALUATED -> "var(--lumo-secondary-text-color)";
                });
        Span name = new Span(c.getTranslation("award.rule." + r.rule().name()) + " — " + word + ": ");
        name.getStyle().set("font-weight", "600");
        Span reason = new Span(c.getTranslation(r.reasonKey(), r.reasonArgs().toArray()));
        line.add(icon, name, reason);
        line.getElement().setAttribute("data-rule", r.rule().name());
        line.getElement().setAttribute("data-outcome", r.outcome().name());
        line.getStyle().set("display", "block");
        return line;
    }
}
