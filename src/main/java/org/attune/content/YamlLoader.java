package org.attune.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the YAML of module files ({@code module.yaml}, {@code quiz.yaml}, {@code course.yaml}, lesson front matter)
 * so that no file, however hostile, costs more than its size: any instructor can upload one in a zip. The module
 * format needs plain-text keys, a few levels of lists and mappings and no anchors, so SnakeYAML composes the
 * document within tight limits (size, nesting, aliases of lists and mappings), the composed nodes are checked
 * once each (keys must be plain text, no merge keys), and only then are Java values built. A list or mapping used
 * as a key is what made a 458-byte "billion laughs" exhaust the server: hashing or printing such a key walks every
 * path through its aliases.
 */
public final class YamlLoader {

    /** Characters (code points) in one YAML document: a large post-test pool is a few hundred kilobytes. */
    static final int MAX_CODE_POINTS = 500_000;

    /** Lists and mappings inside each other: a post-test question's choices are four levels down. */
    static final int MAX_NESTING = 10;

    /** Aliases ({@code *name}) of lists and mappings: nothing in the format needs one. */
    static final int MAX_COLLECTION_ALIASES = 10;

    private YamlLoader() {}

    /** The document's value (maps, lists, text, numbers, booleans), or a complaint that names the file. */
    public static Object load(Path file, String text) throws ContentException {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new ContentException(file, "is longer than " + MAX_CODE_POINTS + " characters");
        }
        var options = options();
        try {
            var root = new Composer(
                            new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
            if (root == null) {
                return null;
            }
            checkKeys(file, root);
            return new Values(options).of(root);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new ContentException(
                    file,
                    "is not valid YAML" + (mark == null ? "" : " at line " + (mark.getLine() + 1)) + ": "
                            + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ContentException(file, inAuthorsWords(firstLine(e.getMessage())));
        }
    }

    private static LoaderOptions options() {
        var options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** Visits each composed node once (an alias is the same node again), so the check is as cheap as the text. */
    private static void checkKeys(Path file, Node root) throws ContentException {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var todo = new ArrayDeque<Node>();
        todo.push(root);
        while (!todo.isEmpty()) {
            var node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof MappingNode mapping) {
                for (var tuple : mapping.getValue()) {
                    var key = tuple.getKeyNode();
                    if (!(key instanceof ScalarNode) || Tag.MERGE.equals(key.getTag())) {
                        throw new ContentException(
                                file,
                                "line " + (key.getStartMark().getLine() + 1)
                                        + ": every key must be plain text (a list, a mapping or '<<' cannot be a key)");
                    }
                    todo.push(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
    }

    /** SnakeYAML's words for the limits above, in an author's. */
    private static String inAuthorsWords(String problem) {
        if (problem.startsWith("Number of aliases")) {
            return "uses more than " + MAX_COLLECTION_ALIASES + " aliases (*name) of lists or mappings";
        }
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "puts lists and mappings more than " + MAX_NESTING + " levels inside each other";
        }
        if (problem.contains("exceeds the limit")) {
            return "is longer than " + MAX_CODE_POINTS + " characters";
        }
        return "is not valid YAML: " + problem;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** SnakeYAML's safe constructor (text, numbers, booleans, lists, maps; no Java objects), from composed nodes. */
    private static final class Values extends SafeConstructor {

        Values(LoaderOptions options) {
            super(options);
            // The constructor keeps a flag of its own, which only the Yaml facade copies from the options.
            setAllowDuplicateKeys(options.isAllowDuplicateKeys());
        }

        Object of(Node root) {
            return constructDocument(root);
        }
    }
}
