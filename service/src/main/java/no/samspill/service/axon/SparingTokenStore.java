package no.samspill.service.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;

/**
 * Axon's token store, but writing a segment's claim at most once per {@code interval} while the segment has nothing
 * to read. A tracking processor extends its claim each time it has waited a second for events, one transaction per
 * segment a second at rest; the claim only has to be younger than the claim timeout when another node looks, so an
 * extension within {@code interval} of the segment's last write (its token stored, its claim taken or extended) is
 * left out. Waiting longer for events instead would make every stop, and every analytics replay, wait that long for
 * idle threads to notice: Axon may not interrupt them, because an interrupt in H2's file I/O closes the database.
 * A claim another node took meanwhile is noticed at the next write, at most {@code interval} later.
 */
final class SparingTokenStore implements TokenStore {

    private final TokenStore delegate;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastWritten = new ConcurrentHashMap<>();

    SparingTokenStore(TokenStore delegate, Duration interval, Duration claimTimeout) {
        this(delegate, interval, claimTimeout, System::nanoTime);
    }

    SparingTokenStore(TokenStore delegate, Duration interval, Duration claimTimeout, LongSupplier nanoTime) {
        if (interval.multipliedBy(2).compareTo(claimTimeout) > 0) {
            throw new IllegalArgumentException("samspill.projections.idle-wait (" + interval + ") must be at most half "
                    + "the claim timeout (axon.eventhandling.tokenstore.claim-timeout, " + claimTimeout + "), or "
                    + "another node may take an idle segment's claim");
        }
        this.delegate = delegate;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        Long last = lastWritten.get(key(processorName, segment));
        if (last != null && nanoTime.getAsLong() - last < intervalNanos) {
            return;
        }
        delegate.extendClaim(processorName, segment);
        written(processorName, segment);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment)
            throws UnableToClaimTokenException {
        delegate.storeToken(token, processorName, segment);
        written(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        TrackingToken token = delegate.fetchToken(processorName, segment);
        written(processorName, segment);
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment)
            throws UnableToClaimTokenException {
        TrackingToken token = delegate.fetchToken(processorName, segment);
        written(processorName, segment.getSegmentId());
        return token;
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        lastWritten.remove(key(processorName, segment));
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment)
            throws UnableToInitializeTokenException {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        lastWritten.remove(key(processorName, segment));
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }

    private void written(String processorName, int segment) {
        lastWritten.put(key(processorName, segment), nanoTime.getAsLong());
    }

    private static String key(String processorName, int segment) {
        return processorName + '/' + segment;
    }
}
