package com.sendclean.portal.accounts;

import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.credentials.CredentialsStatus;
import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import com.sendclean.portal.shared.BoundedParallel;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's accounts at a glance and "Find SMTP user" across them. Everything goes through the tenant
 * services, which check membership and role for every account again; counts come from each account's shared copy,
 * and loading missing copies runs at most {@code portal.overview.refresh-concurrency} at a time.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountsService {

    static final int MAX_MATCHES = 200;

    private static final Logger log = LoggerFactory.getLogger(AccountsService.class);

    private final TenantService tenants;
    private final SmtpUserService smtpUsers;
    private final CredentialsService credentials;
    private final LastChangeRepository lastChanges;
    private final BoundedParallel parallel;
    private final int concurrency;

    AccountsService(TenantService tenants, SmtpUserService smtpUsers, CredentialsService credentials,
                    LastChangeRepository lastChanges, BoundedParallel parallel, OverviewProperties properties) {
        this.tenants = tenants;
        this.smtpUsers = smtpUsers;
        this.credentials = credentials;
        this.lastChanges = lastChanges;
        this.parallel = parallel;
        this.concurrency = properties.refreshConcurrency();
    }

    /** Every account of the user with what is known at once: role, last change, counts of a shared copy held now. */
    public List<AccountSummary> myAccounts() {
        List<TenantMembership> mine = tenants.myTenants();
        Map<TenantId, LastChange> latest =
                lastChanges.latest(mine.stream().map(TenantMembership::tenantId).toList());
        return mine.stream().map(membership -> {
            var tenant = membership.tenant();
            LastChange change = latest.get(tenant.id());
            var copy = smtpUsers.findSharedCopy(tenant.id());
            return new AccountSummary(tenant.id(), tenant.name(), tenant.slug(), membership.role(),
                    copy.isPresent() ? CredentialsHealth.WORKING : CredentialsHealth.UNKNOWN,
                    copy.map(SmtpUserSnapshot::size).orElse(null), copy.map(SmtpUserSnapshot::enabledCount).orElse(null),
                    copy.map(SmtpUserSnapshot::disabledCount).orElse(null), change == null ? null : change.at(),
                    change == null ? null : change.by(), null, false);
        }).toList();
    }

    /**
     * Brings each row up to date (credentials state, counts from a fresh shared copy or a new listing), at most
     * {@code portal.overview.refresh-concurrency} accounts at a time, handing each row over as soon as it is done.
     * Blocks until all are done or {@code cancelled}; call it off the UI thread.
     */
    public void refresh(List<AccountSummary> rows, BooleanSupplier cancelled, Consumer<AccountSummary> onRow) {
        parallel.run(rows, concurrency, cancelled, this::refreshOne, onRow);
    }

    private AccountSummary refreshOne(AccountSummary row) {
        CredentialsHealth health;
        SmtpUserSnapshot copy = null;
        String problem = null;
        try {
            CredentialsStatus status = credentials.status(row.tenantId());
            health = switch (status.state()) {
                case NONE -> CredentialsHealth.MISSING;
                case UNREADABLE -> CredentialsHealth.UNREADABLE;
                case REFUSED -> CredentialsHealth.REFUSED;
                case STORED -> CredentialsHealth.NOT_YET_TESTED;
            };
            if (health == CredentialsHealth.NOT_YET_TESTED) {
                copy = smtpUsers.list(row.tenantId(), false);
                health = CredentialsHealth.WORKING;
            }
        } catch (SendCleanException.Authentication refused) {
            health = CredentialsHealth.REFUSED;
            problem = refused.customerMessage();
        } catch (SendCleanException failure) {
            health = CredentialsHealth.NOT_YET_TESTED;
            problem = failure.customerMessage();
        } catch (CredentialsUnavailableException unavailable) {
            health = switch (unavailable.state()) {
                case NONE -> CredentialsHealth.MISSING;
                case REFUSED -> CredentialsHealth.REFUSED;
                default -> CredentialsHealth.UNREADABLE;
            };
            problem = unavailable.getMessage();
        } catch (RuntimeException unexpected) {
            log.warn("Could not refresh account {} on the overview", row.tenantId(), unexpected);
            health = row.credentials();
            problem = "The portal could not load this account; try again.";
        }
        return new AccountSummary(row.tenantId(), row.name(), row.slug(), row.role(), health,
                copy == null ? row.smtpUsers() : Integer.valueOf(copy.size()),
                copy == null ? row.enabled() : Long.valueOf(copy.enabledCount()),
                copy == null ? row.disabled() : Long.valueOf(copy.disabledCount()),
                row.lastChangeAt(), row.lastChangeBy(), problem, false);
    }

    /**
     * SMTP users whose name contains {@code text}, in every account of the user, from the shared copies (missing ones
     * are loaded with the overview's bounded concurrency). Only names are searched, never passwords.
     */
    public SmtpUserSearch find(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return new SmtpUserSearch(List.of(), List.of(), false);
        }
        List<SmtpUserMatch> matches = Collections.synchronizedList(new ArrayList<>());
        List<String> unsearched = Collections.synchronizedList(new ArrayList<>());
        parallel.run(tenants.myTenants(), concurrency, () -> false, membership -> {
            var tenant = membership.tenant();
            try {
                List<SmtpUser> found = smtpUsers.list(tenant.id(), false).query(needle, SmtpUserSnapshot.SortKey.NAME, false)
                        .limit(MAX_MATCHES + 1L).toList();
                found.forEach(user -> matches.add(new SmtpUserMatch(tenant.name(), tenant.slug(), user.name(), user.enabled())));
            } catch (SendCleanException failure) {
                unsearched.add(tenant.name() + ": " + failure.customerMessage());
            } catch (CredentialsUnavailableException unavailable) {
                unsearched.add(tenant.name() + ": " + unavailable.getMessage());
            } catch (RuntimeException unexpected) {
                log.warn("Could not search account {}", tenant.id(), unexpected);
                unsearched.add(tenant.name() + ": the portal could not search this account.");
            }
            return null;
        }, ignored -> { });
        List<SmtpUserMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparing(SmtpUserMatch::smtpUserName).thenComparing(SmtpUserMatch::accountName));
        List<String> problems = new ArrayList<>(unsearched);
        Collections.sort(problems);
        boolean truncated = sorted.size() > MAX_MATCHES;
        return new SmtpUserSearch(truncated ? sorted.subList(0, MAX_MATCHES) : sorted, problems, truncated);
    }
}
