package org.pulsewall.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pulsewall.config.Durations;
import org.pulsewall.feed.TextSanitizer;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall's operations endpoint on the JDK's HTTP server: the endpoints of {@link #routes()} ({@code GET /health},
 * {@code /metrics}, {@code /screenshot?monitor=N}; {@code POST /message}, {@code /identify}) and, once set, the
 * incident routes. Every request needs the bearer token
 * (401 with {@code WWW-Authenticate: Bearer} otherwise). A bounded pool of daemon threads serves it,
 * with time limits on reading a request and idle connections ({@link OpsServerLimits}), so a few slow
 * or half-open clients cannot hold up {@code /health}; {@link #close} stops the server and its threads.
 */
public final class OpsServer implements AutoCloseable {

    /** What the endpoints read, where messages go, and what shows each monitor's number for a while. */
    public record Endpoints(Supplier<HealthReport> health, Supplier<String> metrics, ScreenshotProvider screenshots,
                            MessageSink messages, Consumer<Duration> identify) {
        public Endpoints {
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(screenshots, "screenshots");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(identify, "identify");
        }
    }

    /** How long {@code POST /identify} shows the numbers unless {@code ?seconds=N} (at most a minute) says otherwise. */
    static final Duration IDENTIFY_FOR = Duration.ofSeconds(10);

    static final Duration SCREENSHOT_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final int MAX_BODY = 16 * 1024;
    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final BearerToken token;
    private final Endpoints endpoints;
    private final ObjectMapper json = OpsJson.mapper();
    private final ClientSlots clients = new ClientSlots(ClientSlots.PER_CLIENT);
    private final Map<String, Route> routes = routes();
    private volatile IncidentRoutes incidents;
    private boolean closed;

    private OpsServer(HttpServer server, ExecutorService executor, BearerToken token, Endpoints endpoints) {
        this.server = server;
        this.executor = executor;
        this.token = token;
        this.endpoints = endpoints;
    }

    /** Binds {@code address} (port 0 picks a free one) and starts serving. */
    public static OpsServer start(InetSocketAddress address, String token, Endpoints endpoints) throws IOException {
        BearerToken bearer = new BearerToken(token);
        OpsServerLimits.apply();
        HttpServer server = HttpServer.create(address, OpsServerLimits.BACKLOG);
        ExecutorService executor = OpsServerLimits.executor();
        OpsServer ops = new OpsServer(server, executor, bearer, endpoints);
        server.createContext("/", ops::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("ops endpoint on http://{}:{}/ ({})", server.getAddress().getHostString(),
                server.getAddress().getPort(), String.join(", ", ops.routes.keySet()));
        return ops;
    }

    /** Also serves the incident endpoints (/safe, /alerts.atom); set once, right after start. */
    public OpsServer withIncidents(IncidentRoutes routes) {
        this.incidents = routes;
        return this;
    }

    /** The address actually bound (with the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        DaemonThreads.stopNow(executor, Duration.ofSeconds(2));
    }

    /** At most {@link ClientSlots#PER_CLIENT} requests of one client address in hand at once. */
    private void handle(HttpExchange exchange) throws IOException {
        InetAddress client = exchange.getRemoteAddress().getAddress();
        if (!clients.take(client)) {
            ClientSlots.refuse(exchange);
            return;
        }
        try {
            serve(exchange);
        } finally {
            clients.release(client);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"pulsewall\"");
                sendText(exchange, 401, "a bearer token is required\n");
                return;
            }
            route(exchange);
        } catch (RuntimeException e) {
            LOG.warn("ops request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
        }
    }

    /**
     * The endpoints, one line each: a new endpoint is a line here and its handler. The start-up log and
     * the 404 answer list these paths.
     */
    private Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("/health", new Route("GET", this::health));
        routes.put("/metrics", new Route("GET", this::metrics));
        routes.put("/screenshot", new Route("GET", this::screenshot));
        routes.put("/message", new Route("POST", this::message));
        routes.put("/identify", new Route("POST", this::identify));
        return routes;
    }

    /** A handler and the method it answers ({@code GET} also answers {@code HEAD}). */
    private record Route(String method, Handler handler) {
        boolean allows(String requested) {
            return method.equals(requested) || method.equals("GET") && requested.equals("HEAD");
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Route route = routes.get(path);
        if (route == null) {
            IncidentRoutes extra = incidents;
            if (extra == null || !extra.handle(exchange, path, method)) {
                sendText(exchange, 404, "no such endpoint: try " + String.join(", ", routes.keySet()) + "\n");
            }
        } else if (route.allows(method)) {
            route.handler().handle(exchange);
        } else {
            notAllowed(exchange, route.method());
        }
    }

    private void identify(HttpExchange exchange) throws IOException {
        Duration howLong = IDENTIFY_FOR;
        String seconds = Query.parse(exchange.getRequestURI().getRawQuery()).get("seconds");
        if (seconds != null) {
            try {
                howLong = Duration.ofSeconds(Math.max(1, Math.min(60, Integer.parseInt(seconds.trim()))));
            } catch (NumberFormatException e) {
                sendText(exchange, 400, "seconds must be a whole number from 1 to 60\n");
                return;
            }
        }
        endpoints.identify().accept(howLong);
        sendText(exchange, 202, "identifying every monitor for " + howLong.toSeconds() + " s\n");
    }

    private void metrics(HttpExchange exchange) throws IOException {
        send(exchange, 200, PrometheusText.CONTENT_TYPE, bytes(endpoints.metrics().get()));
    }

    private void health(HttpExchange exchange) throws IOException {
        HealthReport report = endpoints.health().get();
        send(exchange, 200, JSON, json.writeValueAsBytes(report));
    }

    private void screenshot(HttpExchange exchange) throws IOException {
        String monitorParam = Query.parse(exchange.getRequestURI().getRawQuery()).get("monitor");
        int count = endpoints.screenshots().monitorCount();
        if (monitorParam == null) {
            List<String> links = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                links.add("/screenshot?monitor=" + i);
            }
            send(exchange, 200, JSON, json.writeValueAsBytes(Map.of("monitors", count, "screenshots", links)));
            return;
        }
        int monitor;
        try {
            monitor = Integer.parseInt(monitorParam.trim());
        } catch (NumberFormatException e) {
            sendText(exchange, 400, "monitor must be a number from 0 to " + (count - 1) + "\n");
            return;
        }
        if (monitor < 0 || monitor >= count) {
            sendText(exchange, 404, "no monitor " + monitor + "; the wall plays on " + count + "\n");
            return;
        }
        try {
            send(exchange, 200, "image/png", endpoints.screenshots().png(monitor, SCREENSHOT_TIMEOUT));
        } catch (TimeoutException e) {
            sendText(exchange, 503, "monitor " + monitor + " did not render within " + SCREENSHOT_TIMEOUT + "\n");
        } catch (IndexOutOfBoundsException e) {
            sendText(exchange, 404, "no monitor " + monitor + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sendText(exchange, 503, "shutting down\n");
        }
    }

    private void message(HttpExchange exchange) throws IOException {
        EmergencyMessage message;
        try {
            message = parseMessage(readBody(exchange.getRequestBody()));
        } catch (IllegalArgumentException | IOException e) {
            sendText(exchange, 400, TextSanitizer.field(e.getMessage()) + "\n");
            return;
        }
        endpoints.messages().show(message);
        LOG.info("emergency message for {} on {}", message.duration(),
                message.forAllMonitors() ? "all monitors" : "monitors " + message.monitors());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", message.text());
        answer.put("duration", message.duration());
        answer.put("monitors", message.forAllMonitors() ? "all" : message.monitors());
        send(exchange, 202, JSON, json.writeValueAsBytes(answer));
    }

    /** {@code {"text": "...", "duration": "10m", "monitors": [0, 2]}}; duration also as {@code "seconds": 600}. */
    EmergencyMessage parseMessage(byte[] body) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with text and duration");
        }
        String text = cleanText(root.path("text").asText(""));
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        Duration duration = duration(root);
        List<Integer> monitors = new ArrayList<>();
        JsonNode list = root.path("monitors");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw new IllegalArgumentException("monitors must be a list of monitor numbers");
            }
            for (JsonNode m : list) {
                if (!m.canConvertToInt() || m.asInt() < 0) {
                    throw new IllegalArgumentException("monitors must be a list of monitor numbers");
                }
                monitors.add(m.asInt());
            }
        }
        return new EmergencyMessage(text, duration, monitors);
    }

    private static Duration duration(JsonNode root) {
        Duration duration;
        if (root.hasNonNull("seconds")) {
            duration = Duration.ofSeconds(root.path("seconds").asLong());
        } else if (root.hasNonNull("duration")) {
            try {
                duration = Durations.parse(root.path("duration").asText());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("duration must look like 90s, 10m or 1h");
            }
        } else {
            throw new IllegalArgumentException("duration (e.g. \"10m\") or seconds is required");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(EmergencyMessage.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be above zero and at most "
                    + EmergencyMessage.MAX_DURATION.toHours() + "h");
        }
        return duration;
    }

    /** Plain text, line breaks kept, each line cleaned of control and bidi characters; capped. */
    static String cleanText(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\\R", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(TextSanitizer.clean(line, EmergencyMessage.MAX_TEXT));
        }
        String text = out.toString().strip();
        if (text.length() <= EmergencyMessage.MAX_TEXT) {
            return text;
        }
        int cut = EmergencyMessage.MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + '\u2026';
    }

    /** The body, at most {@value #MAX_BODY} bytes; a body announced and not sent is cut off by the request time limit. */
    static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IllegalArgumentException("the body is larger than " + MAX_BODY + " bytes");
        }
        return body;
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        sendText(exchange, 405, "use " + allowed + "\n");
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", bytes(text));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
