package org.citypeers.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A plan template the service refuses, with a message key of the plan bundle so that the editor shows
 * it in the person's language; {@link #getMessage()} is the English text (for logs and tests).
 */
public class TemplateValidationException extends IllegalArgumentException {

    private static final Properties ENGLISH = english();

    private final String key;
    private final transient Object[] args;

    public TemplateValidationException(String key, Object... args) {
        super(format(key, args));
        this.key = key;
        this.args = args;
    }

    /** The message key in {@code i18n/plan.properties}. */
    public String getKey() { return key; }

    /** The message's parameters. */
    public Object[] getArgs() { return args.clone(); }

    private static String format(String key, Object... args) {
        String pattern = ENGLISH.getProperty(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(args);
    }

    private static Properties english() {
        Properties p = new Properties();
        try (InputStream in = TemplateValidationException.class.getResourceAsStream("/i18n/plan.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
