package com.sendclean.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands results that arrive from background threads to a screen in batches: the first result of a batch waits
 * {@code window}, and everything that arrived by then is shown in one access to the UI, which is one push. Without
 * it, 200 accounts refreshed in quick succession sent 200 pushes while the browser was still drawing the page's
 * first rows (figure 7).
 */
public final class BatchedAccess<T> {

    private final Consumer<Runnable> access;
    private final Supplier<Duration> window;
    private final Consumer<List<T>> show;
    private final List<T> pending = new ArrayList<>();

    /** {@code show} runs in the UI's session lock, on a virtual thread of its own, never on the thread that added. */
    public BatchedAccess(UI ui, Duration window, Consumer<List<T>> show) {
        this(ui, () -> window, show);
    }

    /** Like the fixed window, but {@code window} is asked again as each batch starts, so it can follow the load. */
    public BatchedAccess(UI ui, Supplier<Duration> window, Consumer<List<T>> show) {
        this(command -> ui.access(command::run), window, show);
    }

    BatchedAccess(Consumer<Runnable> access, Supplier<Duration> window, Consumer<List<T>> show) {
        this.access = access;
        this.window = window;
        this.show = show;
    }

    /** Any thread: keeps the result for the next batch, and starts that batch's wait when it is the first. */
    public void add(T result) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.add(result);
        }
        if (first) {
            Duration wait = window.get();
            Thread.ofVirtual().name("batched-access").start(() -> deliverAfter(wait));
        }
    }

    private void deliverAfter(Duration wait) {
        try {
            Thread.sleep(wait);
            access.accept(() -> show.accept(drain()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UIDetachedException gone) {
            drain(); // the screen was closed; nobody is left to show them to
        }
    }

    private List<T> drain() {
        synchronized (pending) {
            List<T> batch = List.copyOf(pending);
            pending.clear();
            return batch;
        }
    }
}
