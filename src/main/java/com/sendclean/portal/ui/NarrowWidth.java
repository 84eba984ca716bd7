package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tells a view when a component (usually a grid) becomes narrower than {@link #BREAKPOINT}, or wide again, so the
 * view can fold secondary columns into a second line or the row details instead of letting the grid scroll sideways. It measures the component itself, not the window, so an open drawer on a landscape tablet counts.
 */
public final class NarrowWidth {

    /** Below this width in CSS pixels a grid shows its compact columns. */
    public static final int BREAKPOINT = 900;

    private static final String EVENT = "portal-narrow-width";

    private NarrowWidth() {}

    /**
     * Calls {@code onChange} with {@code true} when {@code component} becomes narrower than {@link #BREAKPOINT}, and
     * with {@code false} when it becomes wide again. A component starts out wide, as every view lays it out, so a
     * browser's first report of a wide component calls nothing: the views used to re-fetch every row for it, which
     * only delayed the first one (figure 7).
     */
    public static Registration watch(Component component, Consumer<Boolean> onChange) {
        var element = component.getElement();
        var narrowNow = new AtomicBoolean(false);
        var listener = element.addEventListener(EVENT, event -> {
                    boolean narrow = event.getEventData().get("event.detail.narrow").asBoolean();
                    if (narrowNow.getAndSet(narrow) != narrow) {
                        onChange.accept(narrow);
                    }
                })
                .addEventData("event.detail.narrow");
        var attach = component.addAttachListener(attached -> observe(component));
        if (component.isAttached()) {
            observe(component);
        }
        return () -> {
            listener.remove();
            attach.remove();
        };
    }

    private static void observe(Component component) {
        component.getElement().executeJs("""
                const element = this;
                if (element.__narrowWidth) element.__narrowWidth.disconnect();
                let last = null;
                element.__narrowWidth = new ResizeObserver(() => {
                  if (element.offsetWidth === 0) return;
                  const narrow = element.offsetWidth < $0;
                  if (narrow === last) return;
                  last = narrow;
                  element.dispatchEvent(new CustomEvent($1, {detail: {narrow}}));
                });
                element.__narrowWidth.observe(element);""", BREAKPOINT, EVENT);
    }
}
