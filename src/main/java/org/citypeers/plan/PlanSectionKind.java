package org.citypeers.plan;

/**
 * The kinds of section a plan can have. A programme's {@link PlanTemplate} chooses which it uses and
 * which are required. The enum name is the stable "section key" other features refer to.
 */
public enum PlanSectionKind {
    /** An optional English summary of a plan written in another language. */
    SUMMARY,
    CONTEXT,
    /** Free text plus theme codes of the theme taxonomy (strings such as {@code ageing}). */
    CHALLENGES,
    /** The programme's self-assessment questionnaire, with a computed score. */
    QUESTIONNAIRE,
    VISION,
    STAKEHOLDERS,
    /** The plan's actions live in their own rows ({@link PlanAction}), each versioned on its own. */
    ACTIONS,
    RISKS,
    MONITORING;

    /** Whether the section is edited as one free text. */
    public boolean isText() {
        return this == SUMMARY || this == CONTEXT || this == VISION || this == RISKS || this == MONITORING;
    }
}
