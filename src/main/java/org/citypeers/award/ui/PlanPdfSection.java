package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.award.PlanExportService;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanPageSection;
import org.springframework.security.access.AccessDeniedException;

/**
 * The "Download PDF" link on the plan page, for everyone who may read the plan. The PDF is built when
 * the link is followed, with the plan's access rules checked again then.
 */
@org.springframework.stereotype.Component
class PlanPdfSection implements PlanPageSection {

    private final PlanExportService export;

    PlanPdfSection(PlanExportService export) {
        this.export = export;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> createForPlan(ActionPlan plan) {
        Div box = new Div();
        box.setId("plan-export");
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        Long planId = plan.getId();
        String file = ("plan-" + plan.getCity().getName() + "-" + plan.getRound() + ".pdf").replaceAll("[^\\p{L}\\p{N}.-]+", "-");
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] pdf = export.pdf(planId, AwardFormat.labels(box, locale), locale);
                return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + box.getTranslation("award.pdf.download")));
        link.setId("plan-pdf-download");
        box.add(link);
        return Optional.of(box);
    }
}
