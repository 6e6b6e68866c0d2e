package org.pulsewall.testing;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A mock HTTP server started before each test and shut down after it, with the client the code
 * under test shares; its threads and connections are released too. Register it as
 * {@code @RegisterExtension final MockHttp web = new MockHttp();}.
 */
public final class MockHttp implements BeforeEachCallback, AfterEachCallback {
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();

    public MockWebServer server() {
        return server;
    }

    public OkHttpClient client() {
        return client;
    }

    /** A 200 answer with a JSON body. */
    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.shutdown();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
