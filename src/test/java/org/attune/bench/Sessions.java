package org.attune.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attune.testing.Clinicians;
import org.attune.testing.PageClient;
import org.jsoup.nodes.FormElement;

/**
 * Signs seeded learners in over HTTP, as a browser does, for the load tool to carry on with their sessions. Run by
 * {@code src/bench/benchmark.sh}:
 *
 * <ul>
 *   <li>{@code Sessions cookies <url> <first learner> <count> <file> <page>...}: signs the learners in, opens each
 *       page once as each of them, and writes one session cookie a line;
 *   <li>{@code Sessions submissions <url> <first learner> <count> <file>}: for learners with an open attempt on
 *       every post-test (see {@link Seed}), opens each post-test page and writes, one a line, the cookie, the form's
 *       address and the body of a press on "Submit answers" (the PrimeFaces AJAX request, JSF view state and CSP
 *       nonce and all, as the browser sends it).
 * </ul>
 */
public final class Sessions {

    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        var app = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/").toURL();
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        var out = Path.of(args[4]);
        var pages = List.of(args).subList(5, args.length);
        var started = System.nanoTime();
        var lines = Collections.synchronizedList(new ArrayList<String>());
        List<String> modules = args[0].equals("submissions") ? modules(app) : List.of();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var work = new ArrayList<Future<?>>();
            for (int i = first; i < first + count; i++) {
                int learner = i;
                work.add(pool.submit(() -> {
                    var browser = new PageClient(app);
                    var page = Clinicians.signIn(browser, Seed.email(learner), Seed.PASSWORD);
                    if (page.select(".who").isEmpty()) {
                        throw new IllegalStateException("Could not sign in " + Seed.email(learner));
                    }
                    var cookie = "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow();
                    if (args[0].equals("cookies")) {
                        for (var path : pages) {
                            var response = browser.get(path);
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(path + " answered " + response.statusCode());
                            }
                        }
                        lines.add(cookie);
                    } else {
                        for (var module : modules) {
                            lines.add(cookie + "\t" + submission(browser, module));
                        }
                    }
                    return null;
                }));
            }
            for (var done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Collections.sort(lines);
        Files.write(out, lines);
        System.out.printf(
                "%d learners signed in, %d lines in %s, in %.1f s%n",
                count, lines.size(), out, (System.nanoTime() - started) / 1e9);
    }

    private static List<String> modules(URL app) throws IOException {
        var json = new PageClient(app).get("api/modules").body();
        var slugs = new ArrayList<String>();
        var matcher = SLUG.matcher(json);
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    /** The form's address and the request body of "Submit answers" on this learner's open attempt. */
    private static String submission(PageClient browser, String module) throws IOException {
        var page = browser.page("quiz/" + module);
        if (page.getElementById("quiz:submit") == null) {
            throw new IllegalStateException("No open attempt on quiz/" + module + ": " + page.title());
        }
        var form = (FormElement) page.getElementById("quiz");
        var params = new ArrayList<String>();
        form.formData().forEach(field -> params.add(encode(field.key()) + "=" + encode(field.value())));
        // PrimeFaces' CSP mode adds the page's nonce to the form in the browser, and checks it on the postback.
        PageClient.nonce(page).ifPresent(nonce -> params.add("primefaces.nonce=" + encode(nonce)));
        params.add("jakarta.faces.partial.ajax=true");
        params.add("jakarta.faces.source=" + encode("quiz:submit"));
        params.add("jakarta.faces.partial.execute=quiz");
        params.add("jakarta.faces.partial.render=quiz");
        params.add(encode("quiz:submit") + "=" + encode("quiz:submit"));
        return URI.create(form.absUrl("action")).getRawPath() + "\t"
                + params.stream().collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
