package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import org.citypeers.award.pdf.Labels;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanPageSection;
import org.springframework.security.access.AccessDeniedException;

/**
 * The "Download PDF" and "Download Word" links on the plan page, for everyone who may read the plan. The
 * file is built when a link is followed, with the plan's access rules checked again then by the service.
 */
@org.springframework.stereotype.Component
class PlanExportSection implements PlanPageSection {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Renders one format of a plan; the service checks who may read it. */
    private interface Format {
        byte[] render(Long planId, Labels labels, Locale locale);
    }

    private final PlanExportService export;

    PlanExportSection(PlanExportService export) {
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
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        String name = ("plan-" + plan.getCity().getName() + "-" + plan.getRound()).replaceAll("[^\\p{L}\\p{N}.-]+", "-");
        box.add(link(box, plan.getId(), locale, export::pdf, name, "pdf", "application/pdf", VaadinIcon.FILE_TEXT_O));
        box.add(link(box, plan.getId(), locale, export::docx, name, "docx", DOCX, VaadinIcon.FILE_O));
        return Optional.of(box);
    }

    /** A download link with id {@code plan-<extension>-download} and the text {@code award.<extension>.download}. */
    private static Anchor link(Div box, Long planId, Locale locale, Format format, String name, String extension,
                               String contentType, VaadinIcon icon) {
        String file = name + "." + extension;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = format.render(planId, AwardFormat.labels(box, locale), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), file, contentType, bytes.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(icon.create(), new Span(" " + box.getTranslation("award." + extension + ".download")));
        link.setId("plan-" + extension + "-download");
        return link;
    }
}
