package org.citypeers.plan;

import java.util.List;

/**
 * A programme's plan template as the template editor loads and saves it: every section kind in order
 * (included or not), and the self-assessment questions in order. {@code templateId} and {@code version}
 * are those of the template the editor loaded (the default one while the programme has none of its own);
 * saving against a stale one is a {@link TemplateConflictException}. {@code conflictRule} is the
 * programme's conflict-of-interest rule for assigning experts; null on saving leaves it as it is.
 */
public record TemplateData(Long templateId, long version, List<SectionData> sections, List<QuestionData> questions,
                           ConflictRule conflictRule) {

    public TemplateData(Long templateId, long version, List<SectionData> sections, List<QuestionData> questions) {
        this(templateId, version, sections, questions, null);
    }

    /** Which experts may not review a plan: those affiliated with the plan's city, with its country. */
    public record ConflictRule(boolean sameCity, boolean sameCountry) {}

    /** One section kind; required implies included. {@code guidance} is the text shown to the plan's writers. */
    public record SectionData(PlanSectionKind kind, boolean included, boolean required, String guidance) {}

    /** One question; {@code id} is null for a question added in the editor. */
    public record QuestionData(Long id, String text, int scaleMin, int scaleMax) {}
}
