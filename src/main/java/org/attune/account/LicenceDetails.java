package org.attune.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a licence says, as the learner gives it: board or state and type may be blank, the number may not; the
 * expiry date is optional. Kept stripped, blanks as null ({@link #cleaned()}).
 */
public record LicenceDetails(String board, String type, String number, LocalDate expiresOn, boolean prints)
        implements Serializable {

    public static final int MAX_BOARD = 120;
    public static final int MAX_TYPE = 100;
    public static final int MAX_NUMBER = 60;

    /** The same details, stripped, a blank field as null. */
    public LicenceDetails cleaned() {
        return new LicenceDetails(clean(board), clean(type), clean(number), expiresOn, prints);
    }

    /** Why the details cannot be kept, as a refusal to show the learner; empty when they can. */
    public Optional<AccountRefusal> problem() {
        var kept = cleaned();
        if (kept.number() == null) {
            return Optional.of(new AccountRefusal("account.licence.numberRequired"));
        }
        if (kept.number().length() > MAX_NUMBER) {
            return Optional.of(new AccountRefusal("account.licence.numberLength", MAX_NUMBER));
        }
        if (kept.board() != null && kept.board().length() > MAX_BOARD) {
            return Optional.of(new AccountRefusal("account.licence.boardLength", MAX_BOARD));
        }
        if (kept.type() != null && kept.type().length() > MAX_TYPE) {
            return Optional.of(new AccountRefusal("account.licence.typeLength", MAX_TYPE));
        }
        for (var text : new String[] {kept.board(), kept.type(), kept.number()}) {
            if (text != null && !text.codePoints().allMatch(PrintableName::inPrintableScript)) {
                return Optional.of(new AccountRefusal("account.licence.script"));
            }
            if (text != null && text.codePoints().anyMatch(PrintableName::isInvisible)) {
                return Optional.of(new AccountRefusal("account.licence.invisible"));
            }
        }
        return Optional.empty();
    }

    /** The licence as a certificate prints it: "California BBS LMFT licence 12345", or "Licence 12345". */
    public String printed() {
        var kept = cleaned();
        var parts = new ArrayList<String>();
        if (kept.board() != null) {
            parts.add(kept.board());
        }
        if (kept.type() != null) {
            parts.add(kept.type());
        }
        parts.add(parts.isEmpty() ? "Licence" : "licence");
        parts.add(kept.number());
        return String.join(" ", parts);
    }

    /** The licences that print, as one line of a certificate ("…; …"), or null when none does. */
    public static String printed(List<LicenceDetails> licences) {
        var printing = licences.stream()
                .filter(LicenceDetails::prints)
                .map(LicenceDetails::printed)
                .toList();
        return printing.isEmpty() ? null : String.join("; ", printing);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        var stripped = PrintableName.normalize(text);
        return stripped.isEmpty() ? null : stripped;
    }
}
