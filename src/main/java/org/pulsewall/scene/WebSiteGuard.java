package org.pulsewall.scene;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the pages of web scenes (and the Google map) from reaching any host they were not given.
 * WebKit in JavaFX has no request hook, but every request it makes asks the JVM's proxy selector
 * first (its HTTP/2 loader's client, the URLConnection loader, its web sockets), so this selector
 * answers WebKit's questions: a request to an admitted site goes the way the previous selector
 * says; any other goes to a proxy address on loopback port 0, which refuses at once, so the
 * request never leaves the machine. Every other caller (OkHttp for the feeds, the config fetcher,
 * media) is handed straight to the previous selector, unchanged.
 *
 * <p>The JVM has one proxy selector and WebKit's HTTP client keeps the one it saw first, so there
 * is one guard per JVM: {@link #installed()} puts it in place before the first page loads and
 * returns the same guard afterwards.
 */
public final class WebSiteGuard extends ProxySelector {
    private static final Logger LOG = LoggerFactory.getLogger(WebSiteGuard.class);
    private static final int MAX_LOGGED_HOSTS = 256;
    static final InetSocketAddress NOWHERE = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final List<Proxy> REFUSED = List.of(new Proxy(Proxy.Type.HTTP, NOWHERE));

    private final ProxySelector previous;
    private final List<WebSites> admitted = new CopyOnWriteArrayList<>();
    private final Set<String> loggedHosts = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();

    WebSiteGuard(ProxySelector previous) {
        this.previous = previous;
    }

    /** The JVM's guard, put in place as its proxy selector the first time it is asked for. */
    public static WebSiteGuard installed() {
        synchronized (ProxySelector.class) {
            ProxySelector current = ProxySelector.getDefault();
            if (current instanceof WebSiteGuard guard) {
                return guard;
            }
            WebSiteGuard guard = new WebSiteGuard(current);
            ProxySelector.setDefault(guard);
            return guard;
        }
    }

    /** Lets pages load from {@code sites} until the returned handle is closed (when the scene closes). */
    public Admission admit(WebSites sites) {
        admitted.add(sites);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                admitted.remove(sites);
            }
        };
    }

    /** Requests of pages refused since the guard was installed. */
    public long refused() {
        return refused.get();
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!fromWebKit() || admitted.stream().anyMatch(s -> s.allows(uri))) {
            return previous == null ? List.of(Proxy.NO_PROXY) : previous.select(uri);
        }
        refused.incrementAndGet();
        String host = String.valueOf(uri.getHost());
        if (loggedHosts.size() < MAX_LOGGED_HOSTS && loggedHosts.add(host)) {
            LOG.info("a web page asked for {}://{}, which no web scene allows; refused (once logged per host)",
                    uri.getScheme(), PlainText.clean(host, 100));
        }
        return REFUSED;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (previous != null && !NOWHERE.equals(address)) {
            previous.connectFailed(uri, address, e);
        }
    }

    /** WebKit's loaders run in com.sun.webkit; the question is asked on their own stack. */
    private static boolean fromWebKit() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("com.sun.webkit.")));
    }

    /** An admission of sites, withdrawn by {@link #close()}. */
    @FunctionalInterface
    public interface Admission extends AutoCloseable {
        @Override
        void close();
    }
}
