package org.citypeers.award.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * An action plan as the PDF export prints it: plain values, filled from the plan feature, so that the
 * export can be built and tested on its own. Texts are as the city wrote them (in its own language).
 */
public record PlanDocument(String title, String cityName, String countryName, String programmeName, String language,
                           String status, Integer version, String englishSummary, List<Section> sections,
                           List<Stakeholder> stakeholders, List<Action> actions, Questionnaire questionnaire) {

    public PlanDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A text section (context, vision, risks, monitoring ...) with its completeness in percent (null: not measured). */
    public record Section(String title, String text, Integer completeness) {}

    public record Stakeholder(String name, String role, String influence, String interest) {}

    public record Indicator(String name, String baseline, String target) {}

    public record Action(String title, String description, String objective, String lead, String partners, LocalDate start,
                         LocalDate end, String budget, String fundingSource, List<Indicator> indicators,
                         List<String> adaptedPractices) {
        public Action {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            adaptedPractices = adaptedPractices == null ? List.of() : List.copyOf(adaptedPractices);
        }
    }

    /** The self-assessment questionnaire's result; answers are question/answer pairs as shown. */
    public record Questionnaire(String name, String score, List<Answer> answers) {
        public Questionnaire {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    public record Answer(String question, String answer) {}
}
