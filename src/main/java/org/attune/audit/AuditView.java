package org.attune.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The audit packs page ({@code /admin/audit}, admins only): ask for the pack of a course over a date range, watch it
 * being built (the page polls while a pack is queued or building) and download it when it is ready.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Packs listed on the page. */
    static final int LISTED = 20;

    /** One pack as the page lists it. */
    public record Line(
            long id,
            String course,
            LocalDate from,
            LocalDate to,
            String requestedBy,
            String requestedAt,
            String state,
            String step,
            int percent,
            boolean working,
            boolean ready,
            String size,
            String sha256,
            String expires,
            String error)
            implements Serializable {}

    @Inject
    AuditPacks packs;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    /** The steps an {@link AuditPack} records (see AuditPack and AuditPackWriter), and their message keys. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("Waiting for a server", "admin.audit.step.waiting"),
            Map.entry("Starting", "admin.audit.step.starting"),
            Map.entry("Roster", "admin.audit.step.roster"),
            Map.entry("Certificates", "admin.audit.step.certificates"),
            Map.entry("Approvals and credits", "admin.audit.step.approvals"),
            Map.entry("Certificates' audit trails", "admin.audit.step.trails"),
            Map.entry("Time on task", "admin.audit.step.timeOnTask"),
            Map.entry("Post-test attempts", "admin.audit.step.attempts"),
            Map.entry("Evaluations", "admin.audit.step.evaluations"),
            Map.entry("Content that was live", "admin.audit.step.content"),
            Map.entry("Signing the manifest", "admin.audit.step.signing"),
            Map.entry("Ready", "admin.audit.step.ready"),
            Map.entry("Failed", "admin.audit.step.failed"),
            Map.entry("Expired", "admin.audit.step.expired"));

    private List<CourseSummary> courses;
    private List<Line> lines;
    private String course;
    private LocalDate from = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Audit packs are made by admins.");
            return;
        }
        courses = catalog.courses().stream().filter(c -> c.slug() != null).toList();
        refresh();
    }

    /** Asks for the pack of the chosen course and range (the same pack if one is on its way or just made). */
    public void request() {
        if (course == null || courses.stream().noneMatch(c -> c.slug().equals(course))) {
            Messages.addError("audit:course", Texts.text("admin.audit.chooseCourse"));
            return;
        }
        if (from == null || to == null) {
            Messages.addError(from == null ? "audit:from" : "audit:to", Texts.text("admin.audit.chooseDays"));
            return;
        }
        if (to.isBefore(from)) {
            Messages.addError("audit:to", Texts.text("admin.audit.daysReversed"));
            return;
        }
        var pack = packs.request(new AuditRange(course, from, to), me.getEmail());
        Messages.addGlobalInfo(Texts.text("admin.audit.requested", String.valueOf(pack.getId()), step(pack.getStep())));
        refresh();
    }

    /** Reads the packs again (the poll calls this). */
    public void refresh() {
        Map<String, String> titles =
                courses.stream().collect(Collectors.toMap(CourseSummary::slug, CourseSummary::title, (a, b) -> a));
        lines = packs.recent(LISTED).stream().map(p -> line(p, titles::get)).toList();
    }

    /** Whether any listed pack is queued or building: the page polls only then. */
    public boolean isWorking() {
        return lines != null && lines.stream().anyMatch(Line::working);
    }

    private static Line line(AuditPack p, Function<String, String> titles) {
        var range = p.range();
        var state = p.getState();
        int percent = state == AuditPack.State.READY
                ? 100
                : p.getTotal() == 0 ? 0 : (int) Math.min(99, 100L * p.getDone() / p.getTotal());
        return new Line(
                p.getId(),
                titles.apply(range.courseSlug()) == null ? range.courseSlug() : titles.apply(range.courseSlug()),
                range.from(),
                range.to(),
                p.getRequestedBy(),
                Dates.format(p.getRequestedAt()),
                state.name().toLowerCase(java.util.Locale.ROOT),
                step(p.getStep()),
                percent,
                state == AuditPack.State.QUEUED || state == AuditPack.State.BUILDING,
                state == AuditPack.State.READY,
                p.getSizeBytes() == null ? "" : Sizes.of(p.getSizeBytes()),
                p.getSha256() == null ? "" : p.getSha256(),
                p.getExpiresAt() == null ? "" : Dates.format(p.getExpiresAt()),
                p.getError() == null ? "" : p.getError());
    }

    /** A pack's step as the page says it: the builder records it in English, one of a fixed few. */
    static String step(String recorded) {
        var key = STEPS.get(recorded);
        return key == null ? recorded : Texts.text(key);
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
