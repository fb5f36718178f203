package org.citypeers.practice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns user or imported text into plain text: any HTML (tags, scripts, styles, event handlers) is
 * removed with the OWASP sanitizer allowing no element at all, and the entities it writes are decoded
 * back, so that "a &lt; b" stays readable and nothing can execute when a view renders the text.
 */
public final class PlainText {

    private static final PolicyFactory NOTHING = new HtmlPolicyBuilder().toFactory();
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private PlainText() {}

    /** Plain text without markup, trimmed; null stays null, blank becomes null. */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        String out = s;
        if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
            // keep line breaks: the sanitizer keeps text nodes including newlines
            out = decode(NOTHING.sanitize(s));
        }
        out = out.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        return out.isEmpty() ? null : out;
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
