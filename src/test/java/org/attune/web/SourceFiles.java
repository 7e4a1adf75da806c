package org.attune.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages and Java sources the i18n guard tests read, and a Java source split into its code and its string
 * literals (comments dropped), so that a test can look at the arguments of a call without a parser.
 */
final class SourceFiles {

    static final Path WEBAPP = Path.of("src/main/webapp");
    static final Path JAVA = Path.of("src/main/java");

    private SourceFiles() {}

    /** Every Facelets page, template and tag file (not the static resources). */
    static List<Path> pages() {
        return walk(WEBAPP, ".xhtml").stream()
                .filter(path -> !path.startsWith(WEBAPP.resolve("resources")))
                .toList();
    }

    static List<Path> javaSources() {
        return walk(JAVA, ".java");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> walk(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Java source with each string literal replaced by {@code \u0001n\u0002} (n its index in {@link #literals})
     * and comments replaced by spaces.
     */
    record Java(String code, List<String> literals) {

        static final char OPEN = '\u0001';
        static final char CLOSE = '\u0002';

        static Java of(String source) {
            var code = new StringBuilder(source.length());
            var literals = new ArrayList<String>();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                    while (i < n && source.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                    int end = source.indexOf("*/", i + 2);
                    int stop = end < 0 ? n : end + 2;
                    code.append(' ').append(source.substring(i, stop).replaceAll("[^\n]", ""));
                    i = stop;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end;
                    literals.add(source.substring(i + 3, end));
                    code.append(OPEN).append(literals.size() - 1).append(CLOSE);
                    code.append(source.substring(i + 3, end).replaceAll("[^\n]", ""));
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    var literal = new StringBuilder();
                    i++;
                    while (i < n && source.charAt(i) != c) {
                        if (source.charAt(i) == '\\' && i + 1 < n) {
                            literal.append(source.charAt(i)).append(source.charAt(i + 1));
                            i += 2;
                        } else {
                            literal.append(source.charAt(i++));
                        }
                    }
                    i++;
                    if (c == '"') {
                        literals.add(literal.toString());
                        code.append(OPEN).append(literals.size() - 1).append(CLOSE);
                    } else {
                        code.append("' '");
                    }
                } else {
                    code.append(c);
                    i++;
                }
            }
            return new Java(code.toString(), List.copyOf(literals));
        }

        /**
         * The top-level arguments of the call whose opening parenthesis is at {@code open}, each as its code; an
         * argument's nested calls keep their parentheses.
         */
        List<String> arguments(int open) {
            var arguments = new ArrayList<String>();
            int depth = 0;
            int start = open + 1;
            for (int i = open; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    depth--;
                    if (depth == 0) {
                        if (i > start || !arguments.isEmpty()) {
                            arguments.add(code.substring(start, i).strip());
                        }
                        return arguments;
                    }
                } else if (c == ',' && depth == 1) {
                    arguments.add(code.substring(start, i).strip());
                    start = i + 1;
                }
            }
            return arguments;
        }

        /** The string literals of an argument outside any nested call: "Hello " + name gives "Hello ". */
        List<String> literalsOutsideCalls(String argument) {
            var found = new ArrayList<String>();
            int depth = 0;
            for (int i = 0; i < argument.length(); i++) {
                char c = argument.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == OPEN && depth == 0) {
                    int close = argument.indexOf(CLOSE, i);
                    found.add(literals.get(Integer.parseInt(argument.substring(i + 1, close))));
                    i = close;
                }
            }
            return found;
        }

        /** Every string literal of an argument, nested calls included. */
        List<String> allLiterals(String argument) {
            var found = new ArrayList<String>();
            for (int i = argument.indexOf(OPEN); i >= 0; i = argument.indexOf(OPEN, i + 1)) {
                int close = argument.indexOf(CLOSE, i);
                found.add(literals.get(Integer.parseInt(argument.substring(i + 1, close))));
            }
            return found;
        }

        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < code.length(); i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
