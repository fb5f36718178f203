package org.citypeers.award.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.citypeers.award.Award;
import org.citypeers.award.AwardService;
import org.citypeers.award.pdf.CertificatePdf;
import org.citypeers.award.pdf.Labels;
import org.citypeers.base.NotFoundException;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.programme.ProgrammeService;

/** One award for everyone: the city, the title, the citation, the plan summary and the printable certificate. */
@Route("awards/:awardId")
@AnonymousAllowed
class AwardDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AwardService awards;
    private final ProgrammeService programmes;
    private String title = "";

    AwardDetailsView(AwardService awards, ProgrammeService programmes) {
        this.awards = awards;
        this.programmes = programmes;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "awardId").ifPresent(id -> {
            try {
                show(awards.publicAward(id));
            } catch (NotFoundException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            }
        });
    }

    private void show(Award a) {
        removeAll();
        String programme = programmes.get(a.getProgrammeId()).getName();
        title = a.fullTitle() + " – " + a.getCityName();
        Span badge = new Span(a.fullTitle());
        badge.addClassName("cp-badge");
        H1 city = new H1(a.getCityName());
        city.setId("award-city");
        add(badge, city, new Paragraph(AwardFormat.country(a.getCountry(), getLocale())),
                fact("award.public.programme", programme),
                new Paragraph(getTranslation("award.public.decidedOn", AwardFormat.date(a.getDecidedAt(), getLocale()))));
        if (a.getCitation() != null) {
            add(new H2(getTranslation("award.public.citation")));
            Paragraph citation = new Paragraph(getTranslation("award.quote", a.getCitation()));
            citation.setId("award-citation");
            add(citation);
        }
        if (a.getPlanSummary() != null || a.getPlanTitle() != null) {
            add(new H2(getTranslation("award.public.summary")));
            if (a.getPlanTitle() != null) {
                Paragraph planTitle = new Paragraph(a.getPlanTitle());
                planTitle.getStyle().set("font-weight", "600");
                add(planTitle);
            }
            if (a.getPlanSummary() != null) {
                add(new Paragraph(a.getPlanSummary()));
            }
        }
        Anchor certificate = new Anchor(certificate(a.getId(), AwardFormat.labels(this, getLocale()), getLocale()), AttachmentType.DOWNLOAD, "");
        certificate.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("award.certificate")));
        certificate.setId("award-certificate");
        add(certificate, new Anchor("awards", getTranslation("award.public.back")));
    }

    /** Built when the link is followed, from the award as it stands then (a revoked award prints nothing). */
    private DownloadHandler certificate(Long awardId, Labels labels, Locale locale) {
        return DownloadHandler.fromInputStream(event -> {
            Award a;
            try {
                a = awards.publicAward(awardId);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            }
            byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(a.fullTitle(), a.getCityName(),
                    AwardFormat.country(a.getCountry(), locale), programmes.get(a.getProgrammeId()).getName(), a.getCitation(),
                    AwardFormat.date(a.getDecidedAt(), locale), locale.getLanguage()), labels);
            String file = ("certificate-" + a.getCityName() + "-" + a.getYear() + ".pdf").replaceAll("[^\\p{L}\\p{N}.-]+", "-");
            return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
        });
    }

    private Paragraph fact(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
