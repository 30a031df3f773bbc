package no.samspill.service.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EngineLookupCacheTest {

    /** The thread's class loader as Tomcat sets it, counting the service-file searches and reads that reach it. */
    private static final class CountingLoader extends ClassLoader {
        final List<String> searches = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger filesFound = new AtomicInteger();

        CountingLoader() {
            super(EngineLookupCacheTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            searches.add(name);
            List<URL> counted = new ArrayList<>();
            for (URL found : Collections.list(super.getResources(name))) {
                counted.add(new URL(found.getProtocol(), found.getHost(), found.getPort(), found.getFile(),
                        new URLStreamHandler() {
                            @Override
                            protected URLConnection openConnection(URL url) throws IOException {
                                reads.incrementAndGet();
                                return new URL(found.toExternalForm()).openConnection();
                            }
                        }));
            }
            filesFound.addAndGet(counted.size());
            return Collections.enumeration(counted);
        }
    }

    @Test
    void camundasEngineLookupSearchesTheJarsOnceAndStillFindsTheProvider() throws Exception {
        CountingLoader tomcatsLoader = new CountingLoader();
        EngineLookupCache cache = new EngineLookupCache();
        List<String> providersFound = new ArrayList<>();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(tomcatsLoader);
        try {
            for (int request = 0; request < 3; request++) {
                cache.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                        new MockFilterChain() {
                            @Override
                            public void doFilter(jakarta.servlet.ServletRequest request,
                                                 jakarta.servlet.ServletResponse response) {
                                // as EngineUtil.lookupProcessEngine does, twice per request
                                for (int lookup = 0; lookup < 2; lookup++) {
                                    providersFound.add(ServiceLoader.load(ProcessEngineProvider.class).iterator()
                                            .next().getClass().getSimpleName());
                                }
                            }
                        });
            }
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(tomcatsLoader);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        assertThat(providersFound).hasSize(6).allMatch(name -> name.equals(providersFound.get(0)));
        assertThat(Collections.frequency(tomcatsLoader.searches,
                "META-INF/services/" + ProcessEngineProvider.class.getName())).isEqualTo(1);
        assertThat(tomcatsLoader.filesFound.get()).isPositive();
        assertThat(tomcatsLoader.reads).as("each service file found is read once, then kept")
                .hasValue(tomcatsLoader.filesFound.get());
    }
}
