package org.pulsewall.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local web server serving the CAP fixtures of {@code /org/pulsewall/feed/cap/} by name (HOST in a
 * fixture becomes the server's own address, so that a DOCTYPE's entity would point back here) and
 * recording every path asked for.
 */
public final class CapFixtureServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public CapFixtureServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                paths.add(path);
                String name = path.substring(path.lastIndexOf('/') + 1);
                try (InputStream in = CapFixtureServer.class.getResourceAsStream("/org/pulsewall/feed/cap/" + name)) {
                    if (in == null) {
                        return new MockResponse().setResponseCode(404);
                    }
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("HOST", server.url("").toString().replaceAll("/$", ""));
                    return new MockResponse().setBody(body).setHeader("Content-Type", "application/xml");
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(500);
                }
            }
        });
        server.start();
    }

    public String url(String name) {
        return server.url("/cap/" + name).toString();
    }

    /** Every path requested so far, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
