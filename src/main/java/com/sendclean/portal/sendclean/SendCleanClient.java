package com.sendclean.portal.sendclean;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;




import feign.Response;
import feign.RetryableException;



import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal's one way to call SendClean. Each call takes the tenant's {@link SendCleanAccount}, so that the base
 * URL, owner id and token are chosen per call and never shared between tenants. Around each call: the app domain is
 * checked, listSmtp and editSmtp are retried with backoff and jitter (never addSmtp or resetSmtpPassword), and a
 * circuit breaker per tenant fails fast while that tenant's SendClean keeps failing. Every failure arrives as a
 * {@link SendCleanException} with a message a customer can act on.
 */
public class SendCleanClient implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SendCleanClient.class);

    private final SendCleanApiProperties properties;
    private final SendCleanHttp guardedHttp;
    private final SendCleanHttp sandboxHttp;
    private final IntSupplier sandboxPort;
    private final boolean sandboxEnabled;
    private final SendCleanAuthenticationListener authenticationListener;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SendCleanResponses responses = new SendCleanResponses(json);
    private final CircuitBreakerRegistry circuitBreakers;
    // set once the application's meter registry binds this client (Spring Boot binds every MeterBinder bean)
    private volatile MeterRegistry meters;
    private final TenantCallGuard guard;
    private final RetryConfig retryConfig;
    // a listing of 10,000 SMTP users is about 1 MB; anything far larger is not a SendClean answer
    private final long maxBodyBytes;

    /**
     * @param sandboxPort the portal's own port, for the {@code sandbox.localhost} route; used only when the sandbox
     *     is enabled
     * @param authenticationListener told about refused and accepted stored credentials; may be a no-op
     */
    public SendCleanClient(SendCleanApiProperties properties, boolean sandboxEnabled, IntSupplier sandboxPort,
                           SendCleanAuthenticationListener authenticationListener, Duration retryBackoff) {
        this(properties, sandboxEnabled, sandboxPort, authenticationListener, retryBackoff,
                org.apache.hc.client5.http.SystemDefaultDnsResolver.INSTANCE);
    }

    SendCleanClient(SendCleanApiProperties properties, boolean sandboxEnabled, IntSupplier sandboxPort,
                    SendCleanAuthenticationListener authenticationListener, Duration retryBackoff,
                    org.apache.hc.client5.http.DnsResolver dns) {
        this.properties = properties;
        this.sandboxEnabled = sandboxEnabled;
        this.sandboxPort = sandboxPort;
        this.authenticationListener = authenticationListener;
        this.guardedHttp = SendCleanHttp.create(properties, !properties.allowPrivateAddresses(), dns);
        this.sandboxHttp = sandboxEnabled ? SendCleanHttp.create(properties, false) : null;
        this.circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // only a SendClean that does not answer properly trips the breaker; refusals are answers
                .recordException(e -> e instanceof SendCleanException.Unreachable
                        || e instanceof SendCleanException.Malformed
                        || e instanceof SendCleanException.OutcomeUnknown)
                .build());
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retryBackoff, 2.0, 0.5))
                // only calls whose repetition is harmless are decorated with it (see SendCleanCall)
                .retryOnException(e -> e instanceof SendCleanException.Unreachable unreachable && !unreachable.circuitOpen()
                        || e instanceof SendCleanException.OutcomeUnknown)
                .build();
        this.guard = new TenantCallGuard(properties.maxConcurrentCalls(), properties.callTimeout());
        this.maxBodyBytes = properties.maxResponseSize().toBytes();
    }

    /** Every SMTP user of the account that could be read, in SendClean's order. */
    public List<SmtpUser> listSmtp(SendCleanAccount account) {
        return listSmtpUsers(account).users();
    }

    /** Every SMTP user of the account, with how many entries could not be read and which names came twice. */
    public SmtpUserList listSmtpUsers(SendCleanAccount account) {
        return call(SendCleanCall.LIST_SMTP, account, body -> { }, responses::smtpUsers, SendCleanFeignClient::listSmtp);
    }

    /** Creates an SMTP user; its name and password are in the answer, to be shown once. */
    public SmtpCredentials addSmtp(SendCleanAccount account, int totalLimit, int hourlyLimit) {
        return call(SendCleanCall.ADD_SMTP, account, body -> {
            body.put("total_limit", totalLimit);
            body.put("hourly_limit", hourlyLimit);
        }, responses::credentials, SendCleanFeignClient::addSmtp);
    }

    /** Changes what the change names, and nothing else. */
    public void editSmtp(SendCleanAccount account, SmtpUserChange change) {
        call(SendCleanCall.EDIT_SMTP, account, body -> {
            body.put("smtp_user_name", change.name());
            if (change.totalLimit() != null) {
                body.put("total_limit", change.totalLimit().intValue());
            }
            if (change.hourlyLimit() != null) {
                body.put("hourly_limit", change.hourlyLimit().intValue());
            }
            if (change.status() != null) {
                body.put("status", change.status().wireValue());
            }
        }, root -> null, SendCleanFeignClient::editSmtp);
    }

    /** Gives the SMTP user a new password, returned to be shown once. */
    public SmtpCredentials resetSmtpPassword(SendCleanAccount account, String smtpUserName) {
        return call(SendCleanCall.RESET_SMTP_PASSWORD, account, body -> body.put("smtp_user_name", smtpUserName),
                responses::credentials, SendCleanFeignClient::resetSmtpPassword);
    }

    /** Why the app domain would be refused before any call, in words for a form; empty when acceptable. */
    public Optional<String> appDomainProblem(String appDomain) {
        return AppDomains.problem(appDomain, properties.allowedDomains());
    }

    /** SendClean calls by outcome, and each tenant's circuit breaker state, on the application's meters. */
    @Override
    public void bindTo(MeterRegistry registry) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(registry);
        this.meters = registry;
    }

    private void count(SendCleanCall call, String outcome) {
        MeterRegistry registry = meters;
        if (registry != null) {
            registry.counter("portal.sendclean.calls", "call", call.wireName(), "outcome", outcome).increment();
        }
    }

    private <T> T call(SendCleanCall call, SendCleanAccount account, Consumer<ObjectNode> parameters,
                       Function<JsonNode, T> reader, FeignCall feignCall) {
        return guard.run(call, account, () -> callNow(call, account, parameters, reader, feignCall));
    }

    private <T> T callNow(SendCleanCall call, SendCleanAccount account, Consumer<ObjectNode> parameters,
                          Function<JsonNode, T> reader, FeignCall feignCall) {
        long started = System.nanoTime();
        try {
            Target target = target(account.appDomain());
            ObjectNode body = json.createObjectNode();
            body.put("owner_id", account.ownerId());
            body.put("token", account.token());
            parameters.accept(body);
            String payload = json.writeValueAsString(body);
            CircuitBreaker breaker = circuitBreakers.circuitBreaker("tenant-" + account.tenantKey());
            Supplier<T> attempt = () -> breaker.executeSupplier(() -> once(call, account, target, payload, reader, feignCall));
            if (call.retryable()) {
                attempt = Retry.decorateSupplier(Retry.of("sendclean-" + call.wireName(), retryConfig), attempt);
            }
            T result = attempt.get();
            if (account.source() == CredentialSource.STORED && account.markedRefused()) {
                // only a mark that was set is cleared: an unmarked account's every call would write for nothing
                authenticationListener.storedCredentialsAccepted(account.tenantKey());
            }
            log.debug("SendClean {} for tenant {}: success in {} ms", call.wireName(), account.tenantKey(), elapsed(started));
            count(call, "success");
            return result;
        } catch (CallNotPermittedException open) {
            log.info("SendClean {} for tenant {}: not tried, its circuit is open", call.wireName(), account.tenantKey());
            count(call, "circuit_open");
            throw SendCleanException.openCircuit();
        } catch (SendCleanException failure) {
            if (failure instanceof SendCleanException.Authentication && account.source() == CredentialSource.STORED) {
                authenticationListener.storedCredentialsRefused(account.tenantKey());
            }
            log.info("SendClean {} for tenant {}: {} in {} ms", call.wireName(), account.tenantKey(), failure.kind(),
                    elapsed(started));
            count(call, failure.kind().name().toLowerCase(Locale.ROOT));
            throw failure;
        }
    }

    private <T> T once(SendCleanCall call, SendCleanAccount account, Target target, String payload,
                       Function<JsonNode, T> reader, FeignCall feignCall) {
        try (Response response = feignCall.invoke(target.http().feign(), target.baseUri(), payload)) {
            JsonNode root;
            try {
                root = responses.success(response.status(), readBody(response), account.source());
            } catch (SendCleanException.Unreachable | SendCleanException.Malformed unconfirmed) {
                // the request reached SendClean, which answered with an error page or nothing readable: a change
                // may have happened all the same
                if (call.outcomeUnknownOnTimeout()) {
                    throw SendCleanException.outcomeUnknown(call.whatMayHaveHappened());
                }
                throw unconfirmed;
            }
            return reader.apply(root);
        } catch (RetryableException | IOException transport) {
            throw transportFailure(call, account, transport);
        } catch (feign.FeignException other) {
            throw transportFailure(call, account, other);
        }
    }

    private SendCleanException transportFailure(SendCleanCall call, SendCleanAccount account, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof GuardedDnsResolver.ForbiddenAddressException) {
                return SendCleanException.addressRefused("The app domain " + account.appDomain()
                        + " leads to a private or local network address, which the portal does not call.");
            }
            if (cause instanceof ConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof org.apache.hc.client5.http.HttpHostConnectException) {
                return SendCleanException.unreachable();
            }
            if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
                return call.outcomeUnknownOnTimeout()
                        ? SendCleanException.outcomeUnknown(call.whatMayHaveHappened())
                        : SendCleanException.unreachable();
            }
        }
        // the request may have reached SendClean before the connection broke
        return call.outcomeUnknownOnTimeout()
                ? SendCleanException.outcomeUnknown(call.whatMayHaveHappened())
                : SendCleanException.unreachable();
    }

    private Target target(String appDomain) {
        if (appDomain != null && sandboxEnabled && AppDomains.normalize(appDomain).equals(AppDomains.SANDBOX_DOMAIN)) {
            return new Target(URI.create("http://127.0.0.1:" + sandboxPort.getAsInt() + "/sandbox/v1.0"), sandboxHttp);
        }
        Optional<String> problem = AppDomains.problem(appDomain, properties.allowedDomains());
        if (problem.isPresent()) {
            throw SendCleanException.addressRefused(problem.get());
        }
        return new Target(AppDomains.baseUri(properties.baseUrlTemplate(), AppDomains.normalize(appDomain)), guardedHttp);
    }

    private byte[] readBody(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        Integer announced = response.body().length();
        if (announced != null && announced > maxBodyBytes) {
            throw SendCleanException.tooLarge(maxBodyBytes);
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw SendCleanException.tooLarge(maxBodyBytes);
            }
            return body;
        }
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Where a call goes and through which HTTP client. */
    private record Target(URI baseUri, SendCleanHttp http) {}

    /** One of the Feign interface's methods. */
    @FunctionalInterface
    private interface FeignCall {
        Response invoke(SendCleanFeignClient client, URI baseUri, String body);
    }

    @Override
    public void close() {
        guardedHttp.close();
        if (sandboxHttp != null) {
            sandboxHttp.close();
        }
    }

}
