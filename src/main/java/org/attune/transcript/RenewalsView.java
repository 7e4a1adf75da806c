package org.attune.transcript;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.ce.RenewalRule;
import org.attune.web.Texts;

/**
 * My renewals ({@code /renewals}): for each licence that matches a board's renewal rule, the hours counted in its
 * current period against the rule, by category, what is missing, the renewal date, and record by record where it
 * counted or why not; the licences no rule matches, with the boards and types Attune knows.
 */
@Named
@RequestScoped
public class RenewalsView {

    @Inject
    CurrentAccount me;

    @Inject
    Transcripts transcripts;

    @Inject
    RenewalRuleBook rules;

    private Transcript transcript;

    public void load() {
        transcript = transcripts.of(
                me.id().orElseThrow(() -> new IllegalStateException("Renewals need a signed-in person")));
    }

    public Transcript getTranscript() {
        return transcript;
    }

    /** Words joined for a sentence: "a; b". */
    public String joined(java.util.Collection<String> words) {
        return String.join("; ", words);
    }

    /** A category in a sentence's words: "law and ethics", in the page's language. */
    public String category(String id) {
        var language = Texts.current();
        return org.attune.ce.CeCategories.label(language, id).toLowerCase(language);
    }

    /** The names of the bodies whose approvals the rule accepts. */
    public String accepted(RenewalRule rule) {
        return String.join(
                ", ",
                rule.accepts().stream().map(RenewalRule.AcceptedBody::name).toList());
    }

    public List<RenewalRule> getRules() {
        return rules.rules();
    }
}
