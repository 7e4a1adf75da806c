package org.attune.transcript;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a clinician records of CE taken elsewhere, as they typed it. Text is kept stripped; the approving body is an
 * id from the page's list or null for none; hours are between a quarter hour and 200, in quarter hours at most two
 * decimals; the day is not in the future.
 */
public record CeEntryDetails(
        String title,
        String provider,
        String approvedBy,
        LocalDate completedOn,
        BigDecimal hours,
        String category,
        boolean homeStudy)
        implements Serializable {

    static final int MAX_TITLE = 300;
    static final int MAX_PROVIDER = 200;
    static final BigDecimal MAX_HOURS = new BigDecimal("200");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The same details, text stripped and a blank body as none. */
    public CeEntryDetails cleaned() {
        return new CeEntryDetails(
                strip(title), strip(provider), strip(approvedBy), completedOn, hours, strip(category), homeStudy);
    }

    /** Why the details cannot be kept, in the clinician's words, against today's date; empty when they can. */
    public Optional<TranscriptRefusal> problem(LocalDate today) {
        var kept = cleaned();
        if (kept.title() == null) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.titleMissing"));
        }
        if (kept.title().length() > MAX_TITLE) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.titleLength", MAX_TITLE));
        }
        if (kept.provider() == null) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.providerMissing"));
        }
        if (kept.provider().length() > MAX_PROVIDER) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.providerLength", MAX_PROVIDER));
        }
        if (kept.approvedBy() != null
                && (kept.approvedBy().length() > 40
                        || !ID.matcher(kept.approvedBy()).matches())) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.body"));
        }
        if (kept.completedOn() == null) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.dayMissing"));
        }
        if (kept.completedOn().isAfter(today)) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.dayFuture"));
        }
        if (kept.hours() == null || kept.hours().signum() <= 0 || kept.hours().compareTo(MAX_HOURS) > 0) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.hoursRange", MAX_HOURS));
        }
        if (kept.hours().stripTrailingZeros().scale() > 2) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.hoursDecimals", new BigDecimal("1.25")));
        }
        if (kept.category() == null || !ID.matcher(kept.category()).matches()) {
            return Optional.of(new TranscriptRefusal("transcript.refusal.category"));
        }
        for (var text : new String[] {kept.title(), kept.provider()}) {
            if (text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
                return Optional.of(new TranscriptRefusal("transcript.refusal.oneLine"));
            }
        }
        return Optional.empty();
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        var stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
