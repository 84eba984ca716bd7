package com.sendclean.portal.sendclean;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches SendClean ({@code sendclean.api.*}).
 *
 * @param baseUrlTemplate the API's base URL with {@code {domain}} standing for the tenant's app domain
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param allowPrivateAddresses whether app domains may resolve to loopback, private, link-local or multicast
 *     addresses (only for tests and closed networks)
 * @param allowedDomains when not empty, app domains must end with one of these suffixes
 * @param circuitOpenDuration how long a tenant's circuit stays open after SendClean kept failing
 * @param callTimeout the overall deadline of one call, retries included, on top of the per-read timeout
 * @param maxResponseSize answers larger than this are refused
 * @param maxConcurrentCalls how many calls one tenant may have under way at once (its bulkhead); more are refused
 */
@ConfigurationProperties("sendclean.api")
public record SendCleanApiProperties(
        @DefaultValue("https://api.{domain}/v1.0/") String baseUrlTemplate,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue List<String> allowedDomains,
        @DefaultValue("30s") Duration circuitOpenDuration,
        @DefaultValue("15s") Duration callTimeout,
        @DefaultValue("16MB") DataSize maxResponseSize,
        @DefaultValue("4") int maxConcurrentCalls) {

    @ConstructorBinding
    public SendCleanApiProperties {
    }

    /** The settings before call deadlines, answer sizes and bulkheads existed, with their defaults. */
    public SendCleanApiProperties(String baseUrlTemplate, Duration connectTimeout, Duration readTimeout,
                                  boolean allowPrivateAddresses, List<String> allowedDomains,
                                  Duration circuitOpenDuration) {
        this(baseUrlTemplate, connectTimeout, readTimeout, allowPrivateAddresses, allowedDomains, circuitOpenDuration,
                Duration.ofSeconds(15), DataSize.ofMegabytes(16), 4);
    }
}
