package com.sendclean.portal.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one PostgreSQL connection that LISTENs on the portal's channel and hands each notification to the
 * {@link ClusterEventBus}. A lost connection (database restart, network cut, a terminated backend) is noticed within
 * seconds, logged once, and re-established with a growing pause; while it is down, caches live by their
 * time-to-live, and when it is back they are told to drop everything ({@link ClusterConnectionRestored}).
 */
@Component
class ClusterNotificationListener implements SmartLifecycle, ClusterListening {

    private static final Logger log = LoggerFactory.getLogger(ClusterNotificationListener.class);
    private static final int POLL_MILLIS = 250;
    private static final int CHECK_EVERY_POLLS = 8;
    private static final long MAX_PAUSE_MILLIS = 5_000;

    private final DataSource dataSource;
    private final ClusterChannel channel;
    private final ClusterEventBus bus;
    private final ApplicationEventPublisher publisher;
    private volatile boolean running;
    private volatile boolean connected;
    /** Counts connections made and lost, so that a stretch of listening is never confused with an earlier one. */
    private final AtomicLong stretches = new AtomicLong();
    private volatile Thread thread;

    ClusterNotificationListener(DataSource dataSource, ClusterChannel channel, ClusterEventBus bus,
                                ApplicationEventPublisher publisher, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.bus = bus;
        this.publisher = publisher;
        Gauge.builder("portal.cluster.notification.connected", this, listener -> listener.connected ? 1 : 0)
                .description("1 while this instance hears the other instances' events, 0 while it does not")
                .register(meters);
    }

    /** Whether this instance currently hears the other instances' events. */
    boolean isConnected() {
        return connected;
    }

    @Override
    public OptionalLong stretch() {
        long stretch = stretches.get();
        return connected ? OptionalLong.of(stretch) : OptionalLong.empty();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("cluster-notifications").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            try {
                listening.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean everConnected = false;
        boolean lossLogged = false;
        long pause = 250;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set application_name = '" + channel.applicationName() + "'");
                    statement.execute("listen " + channel.name());
                }
                stretches.incrementAndGet();
                connected = true;
                pause = 250;
                if (lossLogged) {
                    log.info("The cluster notification connection is back; caches drop what they hold");
                    publisher.publishEvent(new ClusterConnectionRestored());
                } else if (everConnected) {
                    publisher.publishEvent(new ClusterConnectionRestored());
                }
                everConnected = true;
                lossLogged = false;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                connected = false;
                stretches.incrementAndGet();
                if (!running) {
                    return;
                }
                if (!lossLogged) {
                    // once per outage: a database restart must not fill the log
                    log.warn("The cluster notification connection is lost ({}); caches fall back to their "
                            + "time-to-live until it is back", e.getClass().getSimpleName());
                    lossLogged = true;
                }
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
        connected = false;
        stretches.incrementAndGet();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        int polls = 0;
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    bus.received(notification.getParameter());
                }
            }
            if (++polls % CHECK_EVERY_POLLS == 0) {
                // a half-open TCP connection can stay silent: ask the server something now and then
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
            }
        }
        // the connection goes back to the pool: it must not keep listening there
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("reset application_name");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
