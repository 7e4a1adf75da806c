package org.attune.ce;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one licensing board asks of a licensee to renew a licence, as {@code modules/_renewal-rules/<id>.yaml} states
 * it: the hours per renewal period and per subject category, the approving bodies whose CE it accepts, a cap on
 * home-study hours if it has one, and how long providers keep records. A board approves no courses: it accepts those
 * approved by bodies it names. Licences are matched to a rule by their free-text board (any of its aliases) and type
 * (a code or its name), ignoring case, spaces and punctuation ({@link #covers}).
 */
public record RenewalRule(
        String id,
        String board,
        List<String> aliases,
        Map<String, String> types,
        int hours,
        int periodYears,
        Map<String, Integer> categoryHours,
        List<AcceptedBody> accepts,
        Integer homeStudyHours,
        int retentionYears,
        List<String> sources,
        List<String> notes) {

    /** An approving body whose approval the board accepts: a profile id ({@code apa}) or one Attune has none for. */
    public record AcceptedBody(String body, String name) {}

    public RenewalRule {
        aliases = List.copyOf(aliases);
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
        categoryHours = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categoryHours));
        accepts = List.copyOf(accepts);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Whether a licence with this board (or state) and type, as its holder typed them, renews under this rule. */
    public boolean covers(String licenceBoard, String licenceType) {
        if (licenceBoard == null || licenceType == null) {
            return false;
        }
        var board = key(licenceBoard);
        var type = key(licenceType);
        boolean boardMatches = key(this.board).equals(board)
                || aliases.stream().map(RenewalRule::key).anyMatch(board::equals);
        return boardMatches
                && types.entrySet().stream()
                        .anyMatch(t -> key(t.getKey()).equals(type)
                                || key(t.getValue()).equals(type));
    }

    /** The accepted body of this id, if the board accepts it. */
    public Optional<AcceptedBody> accepted(String body) {
        return accepts.stream().filter(a -> a.body().equals(body)).findFirst();
    }

    /** The board's name with the licence types it covers: "California Board of Behavioral Sciences (LMFT, LCSW)". */
    public String label() {
        return board + " (" + String.join(", ", types.keySet()) + ")";
    }

    /** Text as a licence is compared: letters and digits only, lower case, accents dropped ("L.M.F.T." is "lmft"). */
    static String key(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
