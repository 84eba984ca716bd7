package com.sendclean.portal.sendclean;

import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import java.io.Closeable;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.cloud.openfeign.support.SpringMvcContract;

/**
 * The HTTP side of the client: a pooled Apache HttpClient 5 under Feign, with timeouts, no redirects and no
 * retries of Feign's own (retries are decided per call, see {@link SendCleanClient}). Two of them exist: one whose
 * DNS resolution refuses private and local addresses, for tenants' app domains, and one without that guard that
 * only the local sandbox route uses.
 */
final class SendCleanHttp implements Closeable {

    private final CloseableHttpClient httpClient;
    private final SendCleanFeignClient feign;

    private SendCleanHttp(CloseableHttpClient httpClient, SendCleanFeignClient feign) {
        this.httpClient = httpClient;
        this.feign = feign;
    }

    static SendCleanHttp create(SendCleanApiProperties properties, boolean guardAddresses) {
        return create(properties, guardAddresses, SystemDefaultDnsResolver.INSTANCE);
    }

    /** @param dns the resolver asked for addresses; tests substitute one to simulate hostile DNS answers */
    static SendCleanHttp create(SendCleanApiProperties properties, boolean guardAddresses, DnsResolver dns) {
        DnsResolver resolver = guardAddresses ? new GuardedDnsResolver(dns) : dns;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setMaxConnTotal(200)
                .setMaxConnPerRoute(50)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        CloseableHttpClient httpClient = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        SendCleanFeignClient feign = Feign.builder()
                .contract(new SpringMvcContract())
                .client(new ApacheHttp5Client(httpClient))
                .options(new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
                .retryer(Retryer.NEVER_RETRY)
                .target(SendCleanFeignClient.class, "http://sendclean.invalid");
        return new SendCleanHttp(httpClient, feign);
    }

    SendCleanFeignClient feign() {
        return feign;
    }

    @Override
    public void close() {
        httpClient.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }
}
