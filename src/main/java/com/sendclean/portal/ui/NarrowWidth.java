package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether a component (usually a grid) is narrower than {@link #BREAKPOINT}, at first and whenever that
 * changes, so the view can fold secondary columns into a second line or the row details instead of letting the grid
 * scroll sideways. It measures the component itself, not the window, so an open drawer on a landscape tablet counts.
 */
public final class NarrowWidth {

    /** Below this width in CSS pixels a grid shows its compact columns. */
    public static final int BREAKPOINT = 900;

    private static final String EVENT = "portal-narrow-width";

    private NarrowWidth() {}

    /**
     * Calls {@code onChange} with {@code true} while {@code component} is narrower than {@link #BREAKPOINT}, and with
     * {@code false} while it is not; the first call comes once the browser has laid the component out.
     */
    public static Registration watch(Component component, Consumer<Boolean> onChange) {
        var element = component.getElement();
        var listener = element.addEventListener(EVENT, event -> onChange.accept(
                        event.getEventData().get("event.detail.narrow").asBoolean()))
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
