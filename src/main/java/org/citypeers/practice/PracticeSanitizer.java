package org.citypeers.practice;

import java.util.List;
import java.util.Objects;

/** Applies {@link PlainText} to every text of a {@link PracticeData}, and drops empty list entries. */
final class PracticeSanitizer {

    private PracticeSanitizer() {}

    static PracticeData clean(PracticeData d) {
        return new PracticeData(t(d.title()), t(d.summary()), t(d.description()), d.cityId(), t(d.cityName()), t(d.country()),
                d.population(), d.programmeId(), t(d.programmeName()), t(d.language()), list(d.themes()), list(d.tags()),
                list(d.targetGroups()), list(d.stakeholders()), d.budgetRange(), t(d.staff()), t(d.results()),
                t(d.transferability()), t(d.contact()), list(d.links()), d.year(), t(d.url()),
                d.adaptations() == null ? List.of() : d.adaptations().stream().map(a -> new PracticeData.AdaptationData(
                        a.cityId(), t(a.cityName()), t(a.country()), t(a.how()), a.year())).toList());
    }

    private static String t(String s) {
        return PlainText.of(s);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().map(PlainText::of).filter(Objects::nonNull).distinct().toList();
    }
}
