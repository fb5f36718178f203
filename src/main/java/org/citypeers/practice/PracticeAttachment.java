package org.citypeers.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/**
 * Metadata of a file attached to a practice; the bytes live under {@code citypeers.data-dir/attachments}
 * (see docs/adr/0005-attachments.md).
 */
@Entity
@Table(name = "practice_attachment")
public class PracticeAttachment extends AbstractEntity {

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 80)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.now();

    protected PracticeAttachment() {}

    PracticeAttachment(Long practiceId, String fileName, String contentType, long sizeBytes, String storageKey,
                       String sha256, String uploadedBy) {
        this.practiceId = practiceId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
    }

    public Long getPracticeId() { return practiceId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    String getStorageKey() { return storageKey; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
