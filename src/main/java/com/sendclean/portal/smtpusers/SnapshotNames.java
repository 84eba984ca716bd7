package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What a listing's rows say by their names alone: where each row stands in name order, which names SendClean listed
 * more than once, each name's search form, and how many names contain a search. An edit changes a status, a limit
 * or a password, never a name, so every copy an edit makes shares this with the listing it came from. Figure 4's
 * profile (30 November, 100 sessions editing the 10,000-user tenant) put a quarter of the portal's CPU samples in
 * copying the row index per edit and in counting each open screen's search per live-update batch.
 */
final class SnapshotNames {

    /** Searches remembered per listing; each open screen has one, and typing makes more. */
    private static final int COUNTS_KEPT = 1_024;

    // rows are rendered through their key, so finding one must not scan 10,000 users per cell
    private final Map<SmtpUser.RowKey, Integer> positions;
    // names SendClean listed more than once, and how often, in name order
    private final Map<String, Integer> listedTimes;
    // each name in lower case, in name order, computed once per listing
    private final String[] searchNames;
    // how many names contain a search (lower-cased): it depends on the names only, so edits never change it
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** @param inNameOrder the listing's rows, sorted by name */
    SnapshotNames(List<SmtpUser> inNameOrder) {
        var index = new HashMap<SmtpUser.RowKey, Integer>(inNameOrder.size() * 4 / 3 + 1);
        var times = new LinkedHashMap<String, Integer>();
        searchNames = new String[inNameOrder.size()];
        for (int position = 0; position < inNameOrder.size(); position++) {
            SmtpUser user = inNameOrder.get(position);
            index.putIfAbsent(user.rowKey(), position);
            if (user.occurrence() > 0) {
                times.merge(user.name(), user.occurrence() + 1, Math::max);
            }
            searchNames[position] = user.name().toLowerCase(Locale.ROOT);
        }
        positions = Collections.unmodifiableMap(index);
        listedTimes = Collections.unmodifiableMap(times);
    }

    /** The row's position in name order, or -1 when the listing has no such row. */
    int position(SmtpUser.RowKey key) {
        Integer position = positions.get(key);
        return position == null ? -1 : position;
    }

    /** How many entries SendClean listed under this name (0 when none, 1 usually). */
    int timesListed(String name) {
        return listedTimes.getOrDefault(name, positions.containsKey(new SmtpUser.RowKey(name, 0)) ? 1 : 0);
    }

    boolean isDuplicated(String name) {
        return listedTimes.containsKey(name);
    }

    List<String> duplicateNames() {
        return List.copyOf(listedTimes.keySet());
    }

    /** The name-order positions of the rows whose name contains the (non-blank) filter, ignoring case. */
    IntStream matching(String filter, boolean descending) {
        String needle = needle(filter);
        int last = searchNames.length - 1;
        return IntStream.rangeClosed(0, last).map(position -> descending ? last - position : position)
                .filter(position -> searchNames[position].contains(needle));
    }

    /** How many rows' names contain the (non-blank) filter, ignoring case; counted once per listing and search. */
    int count(String filter) {
        String needle = needle(filter);
        Integer known = counts.get(needle);
        if (known != null) {
            return known;
        }
        int counted = (int) matching(needle, false).count();
        if (counts.size() >= COUNTS_KEPT) {
            counts.clear(); // a bound, not a cache policy: recounting costs one pass over the names
        }
        counts.put(needle, counted);
        return counted;
    }

    private static String needle(String filter) {
        return filter.strip().toLowerCase(Locale.ROOT);
    }
}
