package org.attune.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser, as far as HTTP goes: keeps cookies, follows redirects, fills and submits JSF forms (view
 * state included) and clicks PrimeFaces AJAX buttons. Pages come back parsed, to assert on what a reader sees.
 *
 * <p>It posts what a browser posts. Every request that is not a GET carries an {@code Origin} header naming the
 * deployment, as browsers send it, so that Attune's cross-site guard lets it through; a test forging a request from
 * another site says so with a header of its own. And with PrimeFaces' Content-Security-Policy mode on, PrimeFaces'
 * script adds a hidden {@code primefaces.nonce} field to every form before it is sent (the page's CSP nonce, which
 * PrimeFaces checks on every postback): submitting, clicking and changing send it too.
 *
 * <p>Each browser comes from an address of its own, as learners behind the balancer do: it names the address in
 * {@code X-Forwarded-For}, which the test server believes from 127.0.0.1 ({@code ATTUNE_TRUSTED_PROXIES} in
 * pom.xml). So sign-in throttling by address counts each test's browsers apart from every other test's.
 */
public final class PageClient {

    /** The form field PrimeFaces' CSP mode adds to every form in the browser, holding the page's nonce. */
    private static final String NONCE = "primefaces.nonce";

    /**
     * A form a browser submits names no charset (it sends the page's encoding, UTF-8, without saying so); PrimeFaces'
     * AJAX requests, sent by jQuery, do name it.
     */
    private static final String FORM = "application/x-www-form-urlencoded";

    private static final String AJAX_FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final String origin;
    private final HttpClient http;
    private final HttpClient unfollowing;
    private final CookieManager cookies = new CookieManager();
    private final String address;
    private String acceptLanguage;

    public PageClient(URL deployment) {
        // 198.18.0.0/15 is reserved for tests of network devices (RFC 2544): no real learner has such an address.
        // Browsers take theirs from its first half; tests that put several browsers on one network, from the second.
        this(deployment, "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254)));
    }

    /** An address for a network of several browsers, none of them on another test's network. */
    public static String newNetwork() {
        return "198.19." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    /** A browser at the given address (several browsers on one network, say). */
    public PageClient(URL deployment, String address) {
        this.address = address;
        this.base = URI.create(deployment.toString());
        this.origin = originOf(base);
        // HTTP/1.1 as browsers speak it to a plain-http site (no h2c upgrade, which a balancer may tunnel blindly).
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.unfollowing = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends the request with this browser's cookies and address but does not follow a redirect, to see where to. */
    public HttpResponse<String> sendWithoutRedirect(HttpRequest request) throws IOException {
        return send(unfollowing, asBrowser(request));
    }

    /** The address this browser connects from, as the server sees it. */
    public String address() {
        return address;
    }

    /** A client that does not follow redirects, to see where the server sends a request. */
    public static HttpResponse<String> getWithoutRedirect(URL deployment, String path) throws IOException {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return send(
                client,
                HttpRequest.newBuilder(URI.create(deployment.toString()).resolve(path))
                        .build());
    }

    /** The value of one of this browser's cookies, if it has it. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Sets a cookie for the deployment's host, as a balancer's stickiness cookie would be. */
    public void setCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public HttpResponse<String> get(String path) throws IOException {
        return send(http, asBrowser(HttpRequest.newBuilder(base.resolve(path)).build()));
    }

    /**
     * Sends any request with this browser's cookies. A request other than GET or HEAD without an {@code Origin}
     * header gets the deployment's, as a browser's script on one of Attune's pages would send it.
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException {
        return send(http, asBrowser(request));
    }

    /** The origin a browser names for pages of this deployment: scheme, host and port. */
    public String origin() {
        return origin;
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException {
        try {
            return http.send(
                    asBrowser(HttpRequest.newBuilder(base.resolve(path)).build()),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + path, e);
        }
    }

    public Document page(String path) throws IOException {
        var response = get(path);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Submits the form with the given fields (by id suffix: "email" for "signin:email") with a non-AJAX button. */
    public Document submit(Document page, String formId, Map<String, String> fields, String buttonId)
            throws IOException {
        var response = submitted(page, formId, fields, buttonId);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /**
     * Submits as {@link #submit} does and returns the last response, whose {@code previousResponse()} chain holds
     * the redirects on the way (to read their headers).
     */
    public HttpResponse<String> submitted(Document page, String formId, Map<String, String> fields, String buttonId)
            throws IOException {
        var form = form(page, formId);
        var params = hiddenFields(page, form);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put(formId + ":" + buttonId, "");
        return post(URI.create(form.absUrl("action")), params, false);
    }

    /** Posts the parameters as a form would, without a page's view state: what a forged request sends. */
    public HttpResponse<String> postForm(String path, Map<String, String> params) throws IOException {
        return postForm(path, params, Map.of());
    }

    /** Posts the parameters with extra request headers. */
    public HttpResponse<String> postForm(String path, Map<String, String> params, Map<String, String> headers)
            throws IOException {
        var body = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(http, asBrowser(request.build()));
    }

    /** Clicks a PrimeFaces AJAX command button that processes and updates its whole form; returns the response. */
    public String clickAjax(Document page, String formId, String buttonId) throws IOException {
        return clickAjax(page, formId, buttonId, Map.of());
    }

    /** Clicks a PrimeFaces AJAX command button with the given fields filled in (by id suffix, as in submit). */
    public String clickAjax(Document page, String formId, String buttonId, Map<String, String> fields)
            throws IOException {
        return clickAjax(page, formId, buttonId, fields, formId);
    }

    /**
     * Clicks a PrimeFaces AJAX command button that updates more than its form (its {@code update}, such as
     * {@code "details module"} for a form whose messages show at the top of the page), as the browser does.
     */
    public String clickAjax(Document page, String formId, String buttonId, Map<String, String> fields, String render)
            throws IOException {
        var form = form(page, formId);
        var source = formId + ":" + buttonId;
        var params = hiddenFields(page, form);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", "@all");
        params.put("jakarta.faces.partial.render", render);
        params.put(source, source);
        return post(URI.create(form.absUrl("action")), params, true).body();
    }

    /**
     * Changes one input that has a PrimeFaces AJAX behaviour (a radio group, a select menu): sends the new value as
     * the browser's change event does, executing just that input. Returns the partial response.
     */
    public HttpResponse<String> change(Document page, String formId, String inputName, String value)
            throws IOException {
        var form = form(page, formId);
        var params = hiddenFields(page, form);
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", inputName);
        params.put("jakarta.faces.partial.execute", inputName);
        params.put("jakarta.faces.partial.render", formId);
        params.put("jakarta.faces.behavior.event", "valueChange");
        params.put("jakarta.faces.partial.event", "change");
        params.put(inputName, value);
        return post(URI.create(form.absUrl("action")), params, true);
    }

    /**
     * Chooses a file in a PrimeFaces {@code p:fileUpload} (advanced mode, auto upload): posts what its script
     * posts, the form's hidden fields and the file as multipart AJAX, rendering the upload's {@code update} target
     * (a client id). Returns the partial response.
     */
    public HttpResponse<String> upload(
            Document page, String formId, String uploadId, String update, String fileName, byte[] bytes)
            throws IOException {
        var form = form(page, formId);
        var source = formId + ":" + uploadId;
        if (form.getElementById(source + "_input") == null) {
            throw new AssertionError("No file upload '" + source + "' on " + page.location());
        }
        var fields = hiddenFields(page, form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.render", update);
        fields.put(source + "_totalFilesCount", "1");
        var boundary = "----attune" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        // The script sends the file under the component's client id, not the input's name.
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + source + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                http,
                asBrowser(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build()));
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script puts into every form as {@code primefaces.nonce}: the nonce
     * attribute of the page's scripts. Empty when the page has no nonced script (CSP mode off).
     */
    public static Optional<String> nonce(Document page) {
        return page.select("script[nonce]").stream()
                .map(script -> script.attr("nonce"))
                .filter(nonce -> !nonce.isEmpty())
                .findFirst();
    }

    /** The form's hidden fields as the browser sends them: those in the page, and the nonce PrimeFaces adds. */
    public static LinkedHashMap<String, String> hiddenFields(Document page, Element form) {
        var params = new LinkedHashMap<String, String>();
        form.select("input[type=hidden]").forEach(input -> params.put(input.attr("name"), input.val()));
        nonce(page).ifPresent(nonce -> params.putIfAbsent(NONCE, nonce));
        return params;
    }

    private static Element form(Document page, String formId) {
        var form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.location());
        }
        return form;
    }

    /**
     * The request as this browser sends it: from its address ({@code X-Forwarded-For}), and, when it changes
     * something (any method but GET and HEAD) and names no origin of its own, with the deployment's {@code Origin}.
     */
    /** From now on, asks for pages in the given languages, as a browser set to them does ({@code es-US,es;q=0.9}). */
    public PageClient acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    private HttpRequest asBrowser(HttpRequest request) {
        var builder = HttpRequest.newBuilder(request, (name, value) -> true).setHeader("X-Forwarded-For", address);
        if (acceptLanguage != null) {
            builder.setHeader("Accept-Language", acceptLanguage);
        }
        var method = request.method();
        if (!method.equals("GET")
                && !method.equals("HEAD")
                && request.headers().firstValue("Origin").isEmpty()) {
            builder.header("Origin", origin);
        }
        return builder.build();
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private HttpResponse<String> post(URI action, Map<String, String> params, boolean ajax) throws IOException {
        var body = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(action)
                .header("Content-Type", ajax ? AJAX_FORM : FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(http, asBrowser(request.build()));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + request.uri(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
