package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.citypeers.base.ui.Notifications;
import org.citypeers.practice.PracticeAttachment;
import org.citypeers.practice.PracticeAttachmentService;
import org.springframework.security.access.AccessDeniedException;

/** The files of a practice: download links for everyone who sees it; upload and remove in the edit form. */
class PracticeFilesSection extends Div {

    private final PracticeAttachmentService files;
    private final long practiceId;
    private final boolean editable;
    private final UnorderedList list = new UnorderedList();

    PracticeFilesSection(PracticeAttachmentService files, long practiceId, boolean editable) {
        this.files = files;
        this.practiceId = practiceId;
        this.editable = editable;
        setId("practice-files");
        add(new H2(getTranslation("practice.attachments")), list);
        if (editable) {
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    files.add(practiceId, meta.fileName(), bytes);
                    Notifications.success(getTranslation("practice.attachments.added"));
                } catch (IllegalArgumentException | AccessDeniedException e) {
                    Notifications.error(e.getMessage());
                }
                refresh();
            }))));
            upload.setId("practice-file-upload");
            upload.setMaxFileSize((int) PracticeAttachmentService.MAX_BYTES);
            upload.setAcceptedFileTypes(PracticeAttachmentService.ACCEPTED_EXTENSIONS);
            upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
            add(upload, new Paragraph(getTranslation("practice.attachments.hint", PracticeAttachmentService.MAX_BYTES / 1024 / 1024,
                    PracticeAttachmentService.MAX_FILES)));
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = files.list(practiceId);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("practice.attachments.empty")));
        }
        for (PracticeAttachment a : all) {
            long aid = a.getId();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                PracticeAttachmentService.Download d = files.open(practiceId, aid);
                return new DownloadResponse(d.content(), d.fileName(), d.contentType(), d.size());
            }), a.getFileName());
            ListItem li = new ListItem(link, new Span(" (" + Math.max(1, a.getSizeBytes() / 1024) + " KB)"));
            if (editable) {
                Button remove = new Button(getTranslation("practice.attachments.remove"), e -> {
                    files.remove(practiceId, aid);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                li.add(remove);
            }
            list.add(li);
        }
    }
}
