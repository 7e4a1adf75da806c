package org.attune.transcript;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.ce.CeCategories;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * My CE transcript ({@code /transcript}): every certificate and every course recorded from elsewhere, with where
 * each counted; the form that records (or, chosen from the list, changes) a course from elsewhere with its
 * certificate PDF; and the downloads. Only the signed-in clinician's own entries are ever read or changed.
 */
@Named
@ViewScoped
public class TranscriptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentAccount me;

    @Inject
    transient Transcripts transcripts;

    @Inject
    transient CeEntries entries;

    @Inject
    transient RenewalRuleBook rules;

    private long accountId;
    /** Read again after a failover rather than carried in the session: it is derived, and large. */
    private transient Transcript transcript;

    private CeEntryForm form = new CeEntryForm();
    private transient UploadedFile file;

    public void load() {
        accountId = me.id().orElseThrow(() -> new IllegalStateException("The transcript needs a signed-in person"));
        transcript = transcripts.of(accountId);
    }

    /**
     * Records the course (or saves the one being changed) and its PDF, then shows the page afresh; a file that is not
     * a PDF is refused beside the file field before anything is recorded.
     */
    public void save() throws IOException {
        UploadedPdf pdf;
        try {
            pdf = file == null || file.getSize() == 0 ? null : UploadedPdf.of(file.getFileName(), file.getContent());
        } catch (TranscriptRefusal refusal) {
            Messages.addError("entry:file", Texts.text(Texts.current(), refusal));
            return;
        }
        try {
            long id;
            if (form.getId() == null) {
                id = entries.add(accountId, form.toDetails()).getId();
            } else {
                id = form.getId();
                entries.change(accountId, id, form.toDetails());
            }
            if (pdf != null) {
                entries.attach(accountId, id, pdf);
            }
            Messages.addFlashGlobalInfo(Texts.text(form.getId() == null ? "transcript.recorded" : "transcript.saved"));
            Faces.redirect(Faces.getRequestContextPath() + "/transcript");
        } catch (TranscriptRefusal refusal) {
            Messages.addError("entry:title", Texts.text(Texts.current(), refusal));
        }
    }

    /** Puts the entry into the form, to change it. */
    public void edit(long entryId) {
        entries.of(accountId).stream()
                .filter(e -> e.getId() == entryId)
                .findFirst()
                .ifPresentOrElse(
                        e -> form = CeEntryForm.of(e),
                        () -> Messages.addGlobalError(Texts.text("transcript.refusal.noSuchEntry")));
    }

    public void cancel() {
        form = new CeEntryForm();
    }

    public void delete(long entryId) throws IOException {
        try {
            entries.delete(accountId, entryId);
            Messages.addFlashGlobalInfo(Texts.text("transcript.deleted"));
            Faces.redirect(Faces.getRequestContextPath() + "/transcript");
        } catch (TranscriptRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
        }
    }

    /** The approving bodies an entry may name: none, then every body a board's rule accepts. */
    public List<SelectItem> getBodies() {
        var items = new ArrayList<SelectItem>();
        items.add(new SelectItem("", Texts.text("transcript.form.noBody")));
        rules.bodies().forEach((id, name) -> items.add(new SelectItem(id, name)));
        return items;
    }

    public List<SelectItem> getCategories() {
        return CeCategories.ids().stream()
                .map(c -> new SelectItem(c, CeCategories.label(Texts.current(), c)))
                .toList();
    }

    public Transcript getTranscript() {
        if (transcript == null) {
            transcript = transcripts.of(accountId);
        }
        return transcript;
    }

    public CeEntryForm getForm() {
        return form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public int getMaxMegabytes() {
        return UploadedPdf.MAX_BYTES / 1024 / 1024;
    }
}
