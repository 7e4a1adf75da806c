package org.attune.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ce.AccreditorProfile;
import org.attune.ce.CeRules;
import org.attune.ce.RenewalRule;

/**
 * The renewal rules as the transcript uses them (read once by {@link CeRules} from {@code _renewal-rules/}; a file
 * that does not read leaves none, and the log says why): the rule a licence matches, and the approving bodies an entry
 * from elsewhere may name, with their names.
 */
@ApplicationScoped
public class RenewalRuleBook {

    @Inject
    CeRules ce;

    public List<RenewalRule> rules() {
        return ce.renewalRules();
    }

    /** The rule a licence with this board and type renews under, if any. */
    public Optional<RenewalRule> ruleFor(String board, String type) {
        return rules().stream().filter(r -> r.covers(board, type)).findFirst();
    }

    /** Every body with an accreditor profile or accepted by a rule, by id, with its name, in the order of names. */
    public Map<String, String> bodies() {
        var names = new LinkedHashMap<String, String>();
        ce.profiles().forEach(p -> names.put(p.id(), p.name()));
        rules().stream().flatMap(r -> r.accepts().stream()).forEach(b -> names.putIfAbsent(b.body(), b.name()));
        var sorted = new LinkedHashMap<String, String>();
        names.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The body's name, or its id when neither a profile nor a rule names it. */
    public String bodyName(String body) {
        return ce.profile(body).map(AccreditorProfile::name).orElseGet(() -> bodies().getOrDefault(body, body));
    }
}
