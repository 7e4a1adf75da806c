package org.attune.transcript;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The certificate of completion uploaded for one {@link CeEntry}: a PDF by its content ({@link UploadedPdf}), at most
 * {@link UploadedPdf#MAX_BYTES}, kept in the database so that any node of a cluster serves it. Replaced whole by a
 * new upload, never edited; its name is kept only to show the clinician which file it was.
 */
@Entity
@Table(name = "ce_entry_file")
public class CeEntryFile {

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CeEntryFile() {}

    CeEntryFile(long entryId, UploadedPdf pdf, Instant uploadedAt) {
        this.entryId = entryId;
        replace(pdf, uploadedAt);
    }

    void replace(UploadedPdf pdf, Instant uploadedAt) {
        this.content = pdf.content();
        this.fileName = pdf.name();
        this.sizeBytes = pdf.content().length;
        this.sha256 = pdf.sha256();
        this.uploadedAt = uploadedAt;
    }

    public byte[] content() {
        return content.clone();
    }

    public String fileName() {
        return fileName;
    }

    public int sizeBytes() {
        return sizeBytes;
    }
}
