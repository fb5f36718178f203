package org.citypeers.review;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people mentioned in a comment: {@code @} followed by a person's full name (as the mention
 * picker inserts it), or by their first name when only one of the plan's people has it.
 */
final class Mentions {

    private Mentions() {}

    static Set<Long> find(String text, List<PlanPeople.Person> people) {
        Set<Long> found = new LinkedHashSet<>();
        if (text == null || !text.contains("@")) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // Longest names first, so that "@Anna Kowalska" is not taken for a first name only
        for (PlanPeople.Person p : people.stream().sorted(Comparator.comparingInt((PlanPeople.Person x) -> x.name().length()).reversed()).toList()) {
            if (mentions(lower, p.name())) {
                found.add(p.userId());
            }
        }
        for (PlanPeople.Person p : people) {
            String first = p.name().split("\\s+")[0];
            long sameFirst = people.stream().filter(o -> o.name().split("\\s+")[0].equalsIgnoreCase(first)).count();
            if (sameFirst == 1 && mentions(lower, first)) {
                found.add(p.userId());
            }
        }
        return found;
    }

    private static boolean mentions(String lowerText, String name) {
        String needle = "@" + name.toLowerCase(Locale.ROOT);
        int at = lowerText.indexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            if (end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end))) {
                return true;
            }
            at = lowerText.indexOf(needle, at + 1);
        }
        return false;
    }
}
