package org.citypeers.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.citypeers.practice.ImportResult;
import org.citypeers.practice.PracticeExporter;
import org.citypeers.practice.PracticeFile;
import org.citypeers.practice.PracticeImporter;
import org.citypeers.security.Roles;

/** Upload of a practice file with progress and a per-entry report; downloads of the whole published library. */
@Route("practices/import")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
class PracticeImportView extends VerticalLayout implements HasDynamicTitle {

    private final PracticeImporter importer;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div report = new Div();

    PracticeImportView(PracticeImporter importer, PracticeExporter exporter) {
        this.importer = importer;
        addClassName("cp-page");
        long mb = PracticeFile.MAX_BYTES / 1024 / 1024;
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent() != null ? UI.getCurrent() : getUI().orElse(null);
            run(ui, meta.fileName(), bytes);
        }));
        upload.setId("practice-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PracticeFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.addFileRejectedListener(e -> showFailure(getTranslation("practice.import.tooBig", mb)));
        progress.setVisible(false);
        status.setId("practice-import-status");
        report.setId("practice-import-report");

        FlexLayout exports = new FlexLayout();
        exports.getStyle().set("gap", "var(--lumo-space-m)");
        exports.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (PracticeExporter.Format f : PracticeExporter.Format.values()) {
            Anchor a = new Anchor((DownloadHandler) event -> {
                event.setFileName(PracticeExporter.fileName(f));
                event.setContentType(f.mimeType);
                exporter.export(null, f, event.getOutputStream());
            }, getTranslation(f == PracticeExporter.Format.JSON ? "practice.export.json" : "practice.export.csv"));
            a.setId("export-" + f.name().toLowerCase());
            exports.add(a);
        }
        add(new H1(getTranslation("practice.import.title")), new Paragraph(getTranslation("practice.import.help", mb)), upload,
                progress, status, report, new H2(getTranslation("practice.export.title")), exports);
    }

    /** Runs in the upload request (the person's security context); UI changes go through {@code ui.access}. */
    private void run(UI ui, String fileName, byte[] bytes) {
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            report.removeAll();
            progress.setVisible(true);
            progress.setIndeterminate(true);
            ui.setPollInterval(500);
        });
        ImportResult r;
        try {
            r = importer.importBytes(fileName, bytes, (done, total) -> ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(total == 0 ? 1 : (double) done / total);
                status.setText(getTranslation("practice.import.running", done, total));
            }));
        } catch (RuntimeException e) {
            r = new ImportResult(e.getMessage(), java.util.List.of(), 0, 0, 0, 0);
        }
        ImportResult result = r;
        ui.access(() -> {
            ui.setPollInterval(-1);
            progress.setVisible(false);
            if (result.ok()) {
                status.setText(getTranslation("practice.import.done", result.entries(), result.created(), result.updated(), result.unchanged()));
            } else if (result.fileError() != null) {
                showFailure(result.fileError());
            } else {
                showFailure(null);
                UnorderedList ul = new UnorderedList();
                for (ImportResult.EntryError e : result.entryErrors()) {
                    ul.add(new ListItem(getTranslation("practice.import.entry", e.position())
                            + (e.externalId() == null ? "" : " (" + e.externalId() + ")") + ": " + String.join("; ", e.messages())));
                }
                report.add(new H2(getTranslation("practice.import.problems") + " (" + result.entryErrors().size() + ")"), ul);
            }
        });
    }

    private void showFailure(String detail) {
        status.setText(getTranslation("practice.import.failed") + (detail == null ? "" : " " + detail));
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.import.title") + " | CityPeers";
    }
}
