package com.sendclean.portal.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's cross-instance event bus on PostgreSQL's NOTIFY: every {@link ClusterEvent} published locally is sent
 * to the other instances, and every one they send is published here as a Spring application event. No broker, no new
 * infrastructure: the database every instance already shares carries it.
 *
 * <p>Sending joins the publisher's transaction, so PostgreSQL delivers the event only when the change commits and
 * never when it rolls back. Delivery is at most once: an instance whose notification connection is down misses what
 * was sent meanwhile, which is why its caches keep their time-to-live and are dropped when the connection returns
 * ({@link ClusterConnectionRestored}).
 */
@Component
class ClusterEventBus implements ClusterEvents {

    private static final Logger log = LoggerFactory.getLogger(ClusterEventBus.class);

    private final JdbcTemplate jdbc;
    private final ClusterChannel channel;
    private final ApplicationEventPublisher publisher;
    private final ClusterEventCodec codec = new ClusterEventCodec();
    private final ThreadLocal<Boolean> receiving = ThreadLocal.withInitial(() -> false);
    private final Timer lag;

    ClusterEventBus(JdbcTemplate jdbc, ClusterChannel channel, ApplicationEventPublisher publisher,
                    MeterRegistry meters) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.publisher = publisher;
        this.lag = Timer.builder("portal.cluster.live.update.lag")
                .description("From an event sent by another instance to its publication here (clocks of both hosts)")
                .publishPercentiles(0.5, 0.95)
                .register(meters);
    }

    @Override
    public boolean isFromAnotherInstance() {
        return receiving.get();
    }

    /** Sends a locally published event to the other instances; events that came from them are not sent back. */
    @EventListener
    void forward(ClusterEvent event) {
        if (receiving.get()) {
            return;
        }
        String payload = codec.write(channel.instanceId(), System.currentTimeMillis(), event);
        if (payload.getBytes(StandardCharsets.UTF_8).length > ClusterEventCodec.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A cluster event must stay under "
                    + ClusterEventCodec.MAX_PAYLOAD_BYTES + " bytes: " + event.getClass().getSimpleName());
        }
        try {
            jdbc.queryForList("select pg_notify(?, ?)", channel.name(), payload);
        } catch (DataAccessException e) {
            // the change itself is done; the other instances' copies expire by their time-to-live instead
            log.warn("Could not send a {} to the other portal instances ({}); their caches fall back to their "
                    + "time-to-live", event.getClass().getSimpleName(), e.getClass().getSimpleName());
        }
    }

    /** A notification's payload, as the listener connection received it. */
    void received(String payload) {
        codec.read(payload).ifPresent(envelope -> {
            if (envelope.origin().equals(channel.instanceId())) {
                return;
            }
            if (envelope.sentAtMillis() > 0) {
                lag.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - envelope.sentAtMillis())));
            }
            receiving.set(true);
            try {
                publisher.publishEvent(envelope.event());
            } catch (RuntimeException e) {
                log.warn("A listener failed on a {} from another instance", envelope.event().getClass().getSimpleName(), e);
            } finally {
                receiving.remove();
            }
        });
    }
}
