package org.attune.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One part of a finished (or being built) pack's zip, in order: the zip is its parts' bytes one after the other.
 * Kept in the database so that every server of a cluster serves the download; a part is at most {@link #SIZE}
 * bytes, so neither writing nor serving a pack holds more than one part in memory.
 */
@Entity
@Table(name = "audit_pack_part")
@NamedQuery(
        name = "AuditPackPart.bytes",
        query = "select p.bytes from AuditPackPart p where p.packId = :pack and p.seq = :seq")
@NamedQuery(name = "AuditPackPart.delete", query = "delete from AuditPackPart p where p.packId = :pack")
public class AuditPackPart {

    /** Bytes per part: 512 KiB. */
    static final int SIZE = 512 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pack_id", nullable = false)
    private long packId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = SIZE)
    private byte[] bytes;

    protected AuditPackPart() {}

    AuditPackPart(long packId, int seq, byte[] bytes) {
        this.packId = packId;
        this.seq = seq;
        this.bytes = bytes;
    }
}
