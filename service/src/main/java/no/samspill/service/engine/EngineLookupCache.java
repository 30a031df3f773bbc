package no.samspill.service.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API (engine-rest and the webapps' API) finds its process engine through {@link java.util.ServiceLoader}
 * anew several times per request (its authentication filter and every sub-resource), and each time the class loader
 * searches every jar nested in the packaged jar for the service file: about 6 % of a staff request's CPU
 * (docs/benchmarks.md). While such a request is served, the thread's context class loader answers
 * {@code META-INF/services/} lookups from a cache filled on first use; every other lookup and every class goes to the
 * original loader. The service files cannot change while the application runs, so the cache is never stale.
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

    /** A class loader that only remembers where the service files are; its parent does all the work. */
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
                found = List.copyOf(Collections.list(getParent().getResources(name)));
                serviceFiles.put(name, found);
            }
            return Collections.enumeration(found);
        }
    }
}
