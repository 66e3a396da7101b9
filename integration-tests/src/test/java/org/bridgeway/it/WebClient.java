package org.bridgeway.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookie jar, able to sign in through the real JSF login form. */
final class WebClient {

    /** PrimeFaces' CSP mode refuses a postback that does not return the page's script nonce. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithBasic(String path, String username, String password)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page, posts the form, and returns the response to the post (a redirect on success). */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        HttpResponse<byte[]> response = submit("login.xhtml", form);
        return new StringResponse(response);
    }

    /**
     * Opens a page and posts one of its forms the way the browser would (view state and CSP nonce included):
     * the fields name the form, its inputs and the button pressed.
     */
    HttpResponse<byte[]> submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException(path + " has no view state");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A byte response read as UTF-8 text. */
    private record StringResponse(HttpResponse<byte[]> bytes) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return bytes.statusCode();
        }

        @Override
        public HttpRequest request() {
            return bytes.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return bytes.headers();
        }

        @Override
        public String body() {
            return new String(bytes.body(), StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return bytes.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return bytes.uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return bytes.version();
        }
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }
}
