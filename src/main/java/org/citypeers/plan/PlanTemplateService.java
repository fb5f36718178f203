package org.citypeers.plan;

import org.citypeers.base.NotFoundException;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the template of a programme (or the default one). Templates are data; the demo seeds them. */
@Service
@Transactional(readOnly = true)
public class PlanTemplateService {

    private final PlanTemplateRepository templates;

    PlanTemplateService(PlanTemplateRepository templates) {
        this.templates = templates;
    }

    /** The programme's own template, or the default one. Public: the sections of a programme's plans are no secret. */
    public PlanTemplate forProgramme(Long programmeId) {
        PlanTemplate t = templates.findByProgrammeId(programmeId).or(templates::findDefault)
                .orElseThrow(() -> new IllegalStateException("No default plan template (migration V4 adds one)."));
        Hibernate.initialize(t.getQuestions());
        return t;
    }

    PlanTemplate load(Long templateId) {
        PlanTemplate t = templates.findById(templateId).orElseThrow(() -> new NotFoundException("Template", templateId));
        Hibernate.initialize(t.getQuestions());
        return t;
    }
}
