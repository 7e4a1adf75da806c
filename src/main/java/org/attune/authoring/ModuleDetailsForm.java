package org.attune.authoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.content.Reference;

/**
 * A module's details as their form edits them: objectives one a line, and sources one a line as
 * {@code title | author | year} (author and year may be left empty). Made from the draft's details and turned back
 * into them.
 */
public class ModuleDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private BigDecimal ceHours;
    private int order;
    private String objectives;
    private String references;

    public static ModuleDetailsForm of(ModuleDraft.Details details) {
        var form = new ModuleDetailsForm();
        form.title = details.title();
        form.summary = details.summary();
        form.ceHours = details.ceHours();
        form.order = details.order();
        form.objectives = String.join("\n", details.objectives());
        form.references = String.join(
                "\n", details.references().stream().map(ModuleDetailsForm::line).toList());
        return form;
    }

    public ModuleDraft.Details toDetails() {
        return new ModuleDraft.Details(title, summary, ceHours, order, lines(objectives), parsedReferences());
    }

    private List<Reference> parsedReferences() {
        var parsed = new ArrayList<Reference>();
        for (var line : lines(references)) {
            var parts = Arrays.stream(line.split("\\|")).map(String::strip).toList();
            Integer year = null;
            if (parts.size() > 2 && parts.get(2).matches("\\d{4}")) {
                year = Integer.valueOf(parts.get(2));
            }
            parsed.add(new Reference(
                    parts.get(0), parts.size() > 1 && !parts.get(1).isEmpty() ? parts.get(1) : null, year));
        }
        return parsed;
    }

    private static String line(Reference r) {
        return r.title() + " | " + (r.author() == null ? "" : r.author()) + " | " + (r.year() == null ? "" : r.year());
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public void setCeHours(BigDecimal ceHours) {
        this.ceHours = ceHours;
    }

    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }
}
