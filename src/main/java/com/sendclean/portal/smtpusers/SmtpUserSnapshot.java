package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUserList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Optional;
import com.sendclean.portal.sendclean.SmtpUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One tenant's SMTP users as SendClean last listed them. Immutable and shared by every browser session on that
 * tenant; sorted orders are computed once per snapshot and shared too, so a session holds a reference, never a copy.
 */
public final class SmtpUserSnapshot {

    private final List<SmtpUser> users;
    // positions, duplicates, search forms and search counts: from the names, shared by the copies edits make
    private final SnapshotNames names;
    private final Instant fetchedAt;
    private final long enabled;
    private final Map<SortKey, List<SmtpUser>> sorted = new ConcurrentHashMap<>();
    // rows changed through the portal since the listing: their version and who changed them
    private final Map<String, RowChange> changes;

    /** Who changed a row and the row's version after it; {@code by} is null for "a re-list". */
    record RowChange(long version, String by) {}

    private final int unreadable;
    // the last background re-list of this copy that failed, while the copy is still served; null when none did
    private final RefreshFailure refreshFailure;

    /** A background re-list that failed: when, and what the screen may say about it. */
    public record RefreshFailure(Instant at, String message) {}

    SmtpUserSnapshot(List<SmtpUser> users, Instant fetchedAt) {
        this(users, fetchedAt, Map.of(), 0, null);
    }

    /** A listing: the users that could be read (every entry of a name listed twice) and how many could not. */
    SmtpUserSnapshot(SmtpUserList listed, Instant fetchedAt) {
        this(listed.users(), fetchedAt, Map.of(), listed.unreadable(), null);
    }

    private SmtpUserSnapshot(List<SmtpUser> users, Instant fetchedAt, Map<String, RowChange> changes, int unreadable,
                             RefreshFailure refreshFailure) {
        this.refreshFailure = refreshFailure;
        this.unreadable = unreadable;
        this.users = users.stream().sorted(SortKey.NAME.comparator).toList();
        this.fetchedAt = fetchedAt;
        this.changes = Map.copyOf(changes);
        this.enabled = this.users.stream().filter(SmtpUser::enabled).count();
        this.names = new SnapshotNames(this.users);
        sorted.put(SortKey.NAME, this.users);
    }

    /**
     * A copy with some rows' status, limits or password replaced and no name changed: the name order and everything
     * {@link SnapshotNames} holds stay, so an edit costs one copy of the row list instead of a sort and three indexes
     * (figure 4's profiles: rebuilding took 18 % of the portal's CPU under 100 editing sessions on 29 November, and
     * copying the row index still about 15 % on 30 November).
     */
    private SmtpUserSnapshot(SmtpUserSnapshot before, List<SmtpUser> users, long enabled,
                             Map<String, RowChange> changes) {
        this.users = users;
        this.names = before.names;
        this.fetchedAt = before.fetchedAt;
        this.changes = Map.copyOf(changes);
        this.unreadable = before.unreadable;
        this.refreshFailure = before.refreshFailure;
        this.enabled = enabled;
        sorted.put(SortKey.NAME, users);
    }

    /** The columns the grid sorts by. */
    public enum SortKey {
        NAME(Comparator.comparing(SmtpUser::name, String.CASE_INSENSITIVE_ORDER).thenComparing(SmtpUser::name)),
        STATUS(Comparator.comparing(SmtpUser::enabled).thenComparing(SmtpUser::name, String.CASE_INSENSITIVE_ORDER)),
        TOTAL_LIMIT(Comparator.comparingInt(SmtpUser::totalLimit).thenComparing(SmtpUser::name, String.CASE_INSENSITIVE_ORDER)),
        HOURLY_LIMIT(Comparator.comparingInt(SmtpUser::hourlyLimit).thenComparing(SmtpUser::name, String.CASE_INSENSITIVE_ORDER));

        private final Comparator<SmtpUser> comparator;

        SortKey(Comparator<SmtpUser> comparator) {
            // entries of a name listed twice keep SendClean's order in every sort
            this.comparator = comparator.thenComparing(SmtpUser::name).thenComparingInt(SmtpUser::occurrence);
        }
    }

    public int size() {
        return users.size();
    }

    public long enabledCount() {
        return enabled;
    }

    public long disabledCount() {
        return users.size() - enabled;
    }

    /** How many entries of SendClean's list could not be read (they are not shown). */
    public int unreadableCount() {
        return unreadable;
    }

    /** Names SendClean listed more than once, in name order; every entry of each is shown. */
    public List<String> duplicateNames() {
        return names.duplicateNames();
    }

    /** Whether SendClean listed this name more than once: no action can then say which entry it means. */
    public boolean isDuplicated(String name) {
        return names.isDuplicated(name);
    }

    /** How many entries SendClean listed under this name (0 when none, 1 usually). */
    public int timesListed(String name) {
        return names.timesListed(name);
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** The last background re-list that failed since this copy was listed; empty when none did. */
    public Optional<RefreshFailure> refreshFailure() {
        return Optional.ofNullable(refreshFailure);
    }

    /** The same copy, remembering that re-listing it failed. */
    SmtpUserSnapshot withRefreshFailure(RefreshFailure failure) {
        return new SmtpUserSnapshot(users, fetchedAt, changes, unreadable, failure);
    }

    /** The user of that name; when SendClean listed it more than once, its first entry. */
    public Optional<SmtpUser> find(String name) {
        return row(new SmtpUser.RowKey(name, 0));
    }

    /** The current version of a row, found by its identity (name and which entry of that name). */
    public Optional<SmtpUser> row(SmtpUser.RowKey key) {
        int position = names.position(key);
        return position < 0 ? Optional.empty() : Optional.of(users.get(position));
    }

    /** The users whose name contains the filter, in the given order; a lazy stream over the shared lists. */
    public Stream<SmtpUser> query(String filter, SortKey key, boolean descending) {
        List<SmtpUser> ordered = sorted.computeIfAbsent(key, k -> users.stream().sorted(k.comparator).toList());
        if (filter == null || filter.isBlank()) {
            return descending ? ordered.reversed().stream() : ordered.stream();
        }
        if (key == SortKey.NAME) {
            return names.matching(filter, descending).mapToObj(users::get);
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        Stream<SmtpUser> stream = descending ? ordered.reversed().stream() : ordered.stream();
        return stream.filter(user -> user.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    public int count(String filter) {
        return filter == null || filter.isBlank() ? users.size() : names.count(filter);
    }

    /** The row's version: when it was listed, or when the portal last changed it. */
    public long version(String name) {
        RowChange change = changes.get(name);
        return change == null ? fetchedAt.toEpochMilli() : change.version();
    }

    /** Who last changed the row through the portal since it was listed; empty when nobody did (or a re-list). */
    Optional<RowChange> lastChange(String name) {
        return Optional.ofNullable(changes.get(name));
    }

    /** A new snapshot with one user (every entry of its name) replaced, after the portal's own successful change. */
    SmtpUserSnapshot with(String name, UnaryOperator<SmtpUser> change, long version, String by) {
        var newChanges = new HashMap<>(changes);
        newChanges.put(name, new RowChange(version, by));
        var replaced = new ArrayList<>(users);
        long enabledAfter = enabled;
        int entries = names.timesListed(name);
        for (int occurrence = 0; occurrence < entries; occurrence++) {
            int position = names.position(new SmtpUser.RowKey(name, occurrence));
            if (position < 0) {
                continue;
            }
            SmtpUser user = users.get(position);
            SmtpUser changed = change.apply(user);
            if (!changed.rowKey().equals(user.rowKey())) {
                // a change that renames a row (none does today) orders and indexes everything again
                return new SmtpUserSnapshot(users.stream().map(each -> each.name().equals(name) ? change.apply(each) : each)
                        .toList(), fetchedAt, newChanges, unreadable, refreshFailure);
            }
            replaced.set(position, changed);
            enabledAfter += (changed.enabled() ? 1 : 0) - (user.enabled() ? 1 : 0);
        }
        return new SmtpUserSnapshot(this, Collections.unmodifiableList(replaced), enabledAfter, newChanges);
    }
}
