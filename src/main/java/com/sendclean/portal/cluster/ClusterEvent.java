package com.sendclean.portal.cluster;

/**
 * Marks an application event that every other portal instance must hear too. Publish it locally with Spring's
 * {@code ApplicationEventPublisher}; {@link ClusterEventBus} sends it through PostgreSQL to the other instances, which
 * publish it again as a Spring application event of their own (never back to the sender).
 *
 * <p>Implementations are small records under {@code com.sendclean.portal} that Jackson can write and read: a tenant id,
 * a kind, a few names or ids. Never a secret: the payload travels through PostgreSQL in clear, and PostgreSQL limits
 * it to 8,000 bytes.
 */
public interface ClusterEvent {
}
