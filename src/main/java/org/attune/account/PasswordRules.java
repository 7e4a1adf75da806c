package org.attune.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, wherever one is set (sign-up, a change on My account, a reset): 12 to 128 characters,
 * and not one of the passwords guessers try first. The common ones are the 30,000 most frequent passwords of leaked
 * password sets as the zxcvbn project ships them ({@code passwords.txt} in {@code com.nulab-inc:zxcvbn:1.9.0} from
 * Maven Central, itself from Dropbox's zxcvbn). A password counts as that common one regardless of capitals and
 * spaces ("Qwerty 123456" is "qwerty123456"), and so does one that only repeats a common one or a single character
 * ("passwordpassword", "aaaaaaaaaaaa"), since a guesser tries those next.
 */
public final class PasswordRules {

    public static final int MIN = 12;
    public static final int MAX = 128;

    // The message keys of the two rules (texts in org.attune.web.messages).
    public static final String LENGTH = "account.password.length";
    public static final String COMMON = "account.password.common";

    private static final String LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private PasswordRules() {}

    /** Why this password cannot be used, as a message key; empty when it can. */
    public static Optional<String> refusal(CharSequence password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return Optional.of(LENGTH);
        }
        return isCommon(password) ? Optional.of(COMMON) : Optional.empty();
    }

    /** The same for a password held in an array (the array is left as it is: its owner clears it). */
    public static Optional<String> refusal(char[] password) {
        return refusal(password == null ? null : CharBuffer.wrap(password));
    }

    static boolean isCommon(CharSequence password) {
        var folded = fold(password);
        if (folded.isEmpty() || Common.LIST.contains(folded)) {
            return true;
        }
        for (int unit = 1; unit <= folded.length() / 2; unit++) {
            if (folded.length() % unit == 0 && repeats(folded, unit)) {
                var part = folded.substring(0, unit);
                if (unit == 1 || Common.LIST.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean repeats(String text, int unit) {
        for (int i = unit; i < text.length(); i++) {
            if (text.charAt(i) != text.charAt(i - unit)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without spaces: the list holds passwords that way. */
    private static String fold(CharSequence password) {
        var kept = new StringBuilder(password.length());
        password.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** The list, read once, at the first password checked. */
    private static final class Common {

        static final Set<String> LIST = read();

        private static Set<String> read() {
            var stream = PasswordRules.class.getClassLoader().getResourceAsStream(PasswordRules.LIST);
            if (stream == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + PasswordRules.LIST);
            }
            var words = new HashSet<String>(40_000);
            try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }
}
