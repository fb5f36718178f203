package org.citypeers.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.citypeers.base.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to practices: at most {@link #MAX_FILES} per practice, {@link #MAX_BYTES} each, of the
 * types {@link FileTypes} recognises by content. Bytes are stored under {@code citypeers.data-dir/attachments},
 * metadata in the database (docs/adr/0005-attachments.md). Who may see the practice may download its files;
 * who may edit it may add and remove them.
 */
@Service
@Transactional(readOnly = true)
public class PracticeAttachmentService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 10;
    public static final String[] ACCEPTED_EXTENSIONS = FileTypes.ACCEPTED;

    /** A file ready to be sent: name, type, size and the bytes. */
    public record Download(String fileName, String contentType, long size, InputStream content) {}

    private final PracticeService practices;
    private final PracticeAttachmentRepository attachments;
    private final GoodPracticeRepository practiceRepository;
    private final PracticePermissions permissions;
    private final PracticeHistory history;
    private final ApplicationEventPublisher events;
    private final Path dir;

    PracticeAttachmentService(PracticeService practices, PracticeAttachmentRepository attachments,
                              GoodPracticeRepository practiceRepository, PracticePermissions permissions, PracticeHistory history,
                              ApplicationEventPublisher events, @Value("${citypeers.data-dir}") String dataDir) {
        this.practices = practices;
        this.attachments = attachments;
        this.practiceRepository = practiceRepository;
        this.permissions = permissions;
        this.history = history;
        this.events = events;
        this.dir = Path.of(dataDir, "attachments");
    }

    /** The files of a practice the caller may see. */
    public List<PracticeAttachment> list(long practiceId) {
        practices.get(practiceId);
        return attachments.findByPracticeIdOrderByUploadedAtAsc(practiceId);
    }

    /** Opens a file for download; not found when the practice is not visible to the caller. */
    public Download open(long practiceId, long attachmentId) {
        practices.get(practiceId);
        PracticeAttachment a = attachments.findById(attachmentId).filter(x -> x.getPracticeId() == practiceId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        try {
            return new Download(a.getFileName(), a.getContentType(), a.getSizeBytes(), Files.newInputStream(dir.resolve(a.getStorageKey())));
        } catch (IOException e) {
            throw new NotFoundException("Attachment file", attachmentId);
        }
    }

    /** Adds a file to a practice the caller may edit; refuses wrong types, too big files and too many files. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public PracticeAttachment add(long practiceId, String fileName, byte[] bytes) {
        GoodPractice p = practices.get(practiceId);
        if (!permissions.canEdit(p)) {
            throw new AccessDeniedException("Only who may edit the practice may attach files.");
        }
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?/]", "_");
        if (name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("The file needs a name of at most 255 characters.");
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("A file must be between 1 byte and " + MAX_BYTES / 1024 / 1024 + " MB.");
        }
        if (attachments.countByPracticeId(practiceId) >= MAX_FILES) {
            throw new IllegalArgumentException("A practice can have at most " + MAX_FILES + " files.");
        }
        String type = FileTypes.detect(name, bytes).orElseThrow(() -> new IllegalArgumentException(
                "Only PDF, images (PNG, JPEG, GIF, WebP) and office documents are accepted, and the file's content must match its name."));
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(key), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file", e);
        }
        PracticeAttachment a = attachments.save(new PracticeAttachment(practiceId, name, type, bytes.length, key, sha256(bytes),
                permissions.me().map(u -> u.getName()).orElse("system")));
        recordChange(p, PracticeVersion.Action.ATTACHMENT_ADDED, name);
        return a;
    }

    /** Removes a file (who may edit the practice). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public void remove(long practiceId, long attachmentId) {
        GoodPractice p = practices.get(practiceId);
        if (!permissions.canEdit(p)) {
            throw new AccessDeniedException("Only who may edit the practice may remove files.");
        }
        PracticeAttachment a = attachments.findById(attachmentId).filter(x -> x.getPracticeId() == practiceId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        attachments.delete(a);
        try {
            Files.deleteIfExists(dir.resolve(a.getStorageKey()));
        } catch (IOException e) {
            // the metadata is gone; a left-over file is harmless and never served
        }
        recordChange(p, PracticeVersion.Action.ATTACHMENT_REMOVED, a.getFileName());
    }

    private void recordChange(GoodPractice p, PracticeVersion.Action action, String fileName) {
        GoodPractice managed = practiceRepository.findById(p.getId()).orElseThrow();
        managed.touch();
        history.record(managed, action, null, fileName, permissions.me().map(PracticeHistory.Actor::of)
                .orElse(new PracticeHistory.Actor(null, "system")));
        events.publishEvent(new PracticeChanged(p.getId()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
