package org.citypeers.plan;

import java.util.List;

/**
 * A programme's plan template as the template editor loads and saves it: every section kind in order
 * (included or not), and the self-assessment questions in order. {@code templateId} and {@code version}
 * are those of the template the editor loaded (the default one while the programme has none of its own);
 * saving against a stale one is a {@link TemplateConflictException}.
 */
public record TemplateData(Long templateId, long version, List<SectionData> sections, List<QuestionData> questions) {

    /** One section kind; required implies included. {@code guidance} is the text shown to the plan's writers. */
    public record SectionData(PlanSectionKind kind, boolean included, boolean required, String guidance) {}

    /** One question; {@code id} is null for a question added in the editor. */
    public record QuestionData(Long id, String text, int scaleMin, int scaleMax) {}
}
