package org.attune.transcript;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.attune.ce.RenewalRule;
import org.attune.ce.RenewalRuleReader;
import org.attune.content.ContentException;

/**
 * The renewal rules of {@code modules/_renewal-rules/}, read once at start-up from the folder the modules come from
 * ({@code ATTUNE_MODULES_DIR}, or the WAR's copy), and the approving bodies they and the page name. A folder that
 * does not read leaves no rules, and the log says why: the tracker then says it knows no board, rather than counting
 * by a rule half read.
 */
@ApplicationScoped
public class RenewalRuleBook {

    private static final Logger LOG = Logger.getLogger(RenewalRuleBook.class.getName());

    /** The CE subject categories a rule or an entry may name. */
    public static final Set<String> CATEGORIES =
            Set.of("general", "law-and-ethics", "cultural-competence", "suicide-prevention", "supervision");

    @Inject
    ServletContext context;

    private List<RenewalRule> rules = List.of();

    @PostConstruct
    void read() {
        var configured = System.getenv("ATTUNE_MODULES_DIR");
        var packaged = context.getRealPath("/WEB-INF/modules");
        var modules = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : packaged == null ? null : Path.of(packaged);
        if (modules == null) {
            return;
        }
        try {
            rules = RenewalRuleReader.readAll(modules.resolve("_renewal-rules"), CATEGORIES);
            LOG.info(() ->
                    "Renewal rules: " + rules.stream().map(RenewalRule::id).toList());
        } catch (ContentException e) {
            LOG.severe(() -> "No renewal rules: " + e.getMessage());
        }
    }

    public List<RenewalRule> rules() {
        return rules;
    }

    /** The rule a licence with this board and type renews under, if any. */
    public Optional<RenewalRule> ruleFor(String board, String type) {
        return rules.stream().filter(r -> r.covers(board, type)).findFirst();
    }

    /** Every approving body a rule accepts, by id, with its name: what an entry from elsewhere may name. */
    public Map<String, String> bodies() {
        var bodies = new LinkedHashMap<String, String>();
        rules.stream()
                .flatMap(r -> r.accepts().stream())
                .sorted(java.util.Comparator.comparing(RenewalRule.AcceptedBody::name))
                .forEach(b -> bodies.putIfAbsent(b.body(), b.name()));
        return bodies;
    }

    /** The body's name, or its id when no rule names it. */
    public String bodyName(String body) {
        return bodies().getOrDefault(body, body);
    }
}
