package no.samspill.service.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API (engine-rest and the webapps' API) finds its process engine through {@link java.util.ServiceLoader}
 * anew several times per request (its authentication filter and every sub-resource), and each time the class loader
 * searches every jar nested in the packaged jar for the service file, then opens and inflates each one found: about
 * 6 % of a staff request's CPU (docs/benchmarks.md). While such a request is served, the thread's context class loader
 * answers {@code META-INF/services/} lookups from a cache filled on first use, with the files' contents kept in
 * memory; every other lookup and every class goes to the original loader. The service files cannot change while the
 * application runs, so the cache is never stale.
 */
public final class EngineLookupCache extends OncePerRequestFilter {

    private final Map<ClassLoader, ServiceFilesCache> caches = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        if (original == null) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(caches.computeIfAbsent(original, ServiceFilesCache::new));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** A class loader that only remembers the service files (where and what); its parent does all the other work. */
    static final class ServiceFilesCache extends ClassLoader {

        private static final String SERVICE_FILES = "META-INF/services/";

        static {
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        ServiceFilesCache(ClassLoader parent) {
            super(parent);
        }

        /** Straight to the parent: this loader defines no classes, so it needs neither lock nor lookup of its own. */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return getParent().loadClass(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICE_FILES)) {
                return getParent().getResources(name);
            }
            List<URL> found = serviceFiles.get(name);
            if (found == null) {
                List<URL> kept = new ArrayList<>();
                for (URL file : Collections.list(getParent().getResources(name))) {
                    kept.add(inMemory(file));
                }
                found = List.copyOf(kept);
                serviceFiles.put(name, found);
            }
            return Collections.enumeration(found);
        }

        /** The same address, read from memory: ServiceLoader opens every file it is given on every lookup. */
        private static URL inMemory(URL file) throws IOException {
            byte[] content;
            try (InputStream in = file.openStream()) {
                content = in.readAllBytes();
            }
            return new URL(file.getProtocol(), file.getHost(), file.getPort(), file.getFile(), new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            });
        }
    }
}
