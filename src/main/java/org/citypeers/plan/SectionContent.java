package org.citypeers.plan;

import java.util.List;
import java.util.Map;

/**
 * The content of one section as the editor sends it. Only the parts of its kind matter: text (text
 * sections, challenges), theme codes (challenges), stakeholders, questionnaire answers by question id.
 */
public record SectionContent(String text, List<String> themeCodes, List<Stakeholder> stakeholders, Map<Long, Integer> answers) {

    public static SectionContent ofText(String text) {
        return new SectionContent(text, List.of(), List.of(), Map.of());
    }

    /** Whether two contents say the same (used to skip saving an unchanged section). */
    public boolean sameAs(SectionContent o) {
        return o != null && norm(text).equals(norm(o.text)) && list(themeCodes).equals(list(o.themeCodes))
                && render(stakeholders).equals(render(o.stakeholders)) && map(answers).equals(map(o.answers));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Map<Long, Integer> map(Map<Long, Integer> m) {
        return m == null ? Map.of() : m;
    }

    private static String render(List<Stakeholder> l) {
        StringBuilder b = new StringBuilder();
        for (Stakeholder s : list(l)) {
            b.append(s.getName()).append('|').append(s.getRole()).append('|').append(s.getInfluence()).append('|')
                    .append(s.getInterest()).append('\n');
        }
        return b.toString();
    }
}
