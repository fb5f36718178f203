package org.citypeers.award.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An action plan as the exports print it (PDF and DOCX render the same document): plain values, filled from
 * the plan feature, so that an export can be built and tested on its own. Texts are as the city wrote them
 * (in its own language); the fixed words come from {@link Labels} in the reader's language. The parts follow
 * the programme's template order.
 */
public record PlanDocument(String title, String cityName, String countryName, String programmeName, String language,
                           String status, Integer version, String englishSummary, List<Part> parts) {

    public PlanDocument {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** "city · country · programme", the line under the title. */
    public String subtitle() {
        return join(" · ", cityName, countryName, programmeName);
    }

    /** "status · version n", or empty. */
    public String state(Labels labels) {
        return join(" · ", status, version == null ? null : labels.get("award.pdf.version", version));
    }

    /** One part of the plan: a heading and what follows it. */
    public sealed interface Part permits Section, Questionnaire, Stakeholders, Actions {
        String title();
    }

    /** A text section (context, vision, risks, monitoring ...) with its completeness in percent (null: not measured). */
    public record Section(String title, String text, Integer completeness) implements Part {
        public String heading(Labels labels) {
            return completeness == null ? title : title + " (" + labels.get("award.pdf.complete", completeness) + ")";
        }
    }

    /** The self-assessment questionnaire's result; answers are question/answer pairs as shown. */
    public record Questionnaire(String title, String score, List<Answer> answers) implements Part {
        public Questionnaire {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public Table table(Labels labels) {
            return new Table(new float[] {3, 1}, List.of(labels.get("award.pdf.question"), labels.get("award.pdf.answer")),
                    answers.stream().map(a -> List.of(nn(a.question()), nn(a.answer()))).toList());
        }
    }

    public record Answer(String question, String answer) {}

    public record Stakeholders(String title, List<Stakeholder> rows) implements Part {
        public Stakeholders {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public Table table(Labels labels) {
            return new Table(new float[] {3, 3, 1.3f, 1.3f}, List.of(labels.get("award.pdf.stakeholder"),
                    labels.get("award.pdf.role"), labels.get("award.pdf.influence"), labels.get("award.pdf.interest")),
                    rows.stream().map(s -> List.of(nn(s.name()), nn(s.role()), nn(s.influence()), nn(s.interest()))).toList());
        }
    }

    public record Stakeholder(String name, String role, String influence, String interest) {}

    public record Actions(String title, List<Action> actions) implements Part {
        public Actions {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    public record Indicator(String name, String baseline, String target) {}

    public record Action(String title, String description, String objective, String lead, String partners, LocalDate start,
                         LocalDate end, String budget, String fundingSource, List<Indicator> indicators,
                         List<String> adaptedPractices) {
        public Action {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            adaptedPractices = adaptedPractices == null ? List.of() : List.copyOf(adaptedPractices);
        }

        /** The action's facts that are filled in, as label/value pairs (objective, lead, partners, period, budget, practices). */
        public List<Fact> facts(Labels labels) {
            List<Fact> facts = new ArrayList<>();
            addFact(facts, labels.get("award.pdf.objective"), objective);
            addFact(facts, labels.get("award.pdf.lead"), lead);
            addFact(facts, labels.get("award.pdf.partners"), partners);
            addFact(facts, labels.get("award.pdf.period"), period());
            addFact(facts, labels.get("award.pdf.budget"), join(" · ", budget, fundingSource));
            addFact(facts, labels.get("award.pdf.practices"), String.join("; ", adaptedPractices));
            return facts;
        }

        public Table indicatorTable(Labels labels) {
            return new Table(new float[] {3, 1.5f, 1.5f}, List.of(labels.get("award.pdf.indicator"),
                    labels.get("award.pdf.baseline"), labels.get("award.pdf.target")),
                    indicators.stream().map(i -> List.of(nn(i.name()), nn(i.baseline()), nn(i.target()))).toList());
        }

        private String period() {
            if (start == null && end == null) {
                return null;
            }
            return (start == null ? "…" : start.toString()) + " – " + (end == null ? "…" : end.toString());
        }

        private static void addFact(List<Fact> facts, String label, String value) {
            if (hasText(value)) {
                facts.add(new Fact(label, value));
            }
        }
    }

    public record Fact(String label, String value) {}

    /** A table with a header row; {@code widths} are the columns' relative widths. */
    public record Table(float[] widths, List<String> headers, List<List<String>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String join(String sep, String... parts) {
        return String.join(sep, Arrays.stream(parts).filter(PlanDocument::hasText).toList());
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
