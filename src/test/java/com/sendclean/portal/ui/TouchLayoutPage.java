package com.sendclean.portal.ui;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.sendclean.portal.support.VaadinClient;
import java.util.List;

/**
 * Any page of the portal as a tablet shows it: whether something scrolls sideways, which tap targets are too small,
 * and which content is outside every landmark. The checks read the page as laid out, shadow DOM included.
 */
public class TouchLayoutPage {

    /** The smallest tap target, in CSS pixels, in either dimension (WCAG 2.5.5, Apple's and Google's guidance). */
    public static final int MIN_TARGET = 44;

    /**
     * Everything a finger can tap. Fields are measured by their visible box (the input-field part), date-time pickers
     * by their two halves; a link inside a sentence (a paragraph) is excepted, as WCAG excepts inline targets.
     */
    private static final String SMALL_TARGETS = """
            (min) => {
              const selector = 'a[href], button, [role=button], vaadin-button, vaadin-drawer-toggle, vaadin-side-nav-item,'
                + ' vaadin-grid-sorter, vaadin-checkbox, vaadin-password-field-button, vaadin-select, vaadin-combo-box,'
                + ' vaadin-text-field, vaadin-password-field, vaadin-email-field, vaadin-integer-field,'
                + ' vaadin-number-field, vaadin-text-area, vaadin-date-picker, vaadin-time-picker, vaadin-upload';
              const found = [];
              const visit = (root) => {
                root.querySelectorAll('*').forEach(element => {
                  if (element.shadowRoot) visit(element.shadowRoot);
                });
                root.querySelectorAll(selector).forEach(element => found.push(element));
              };
              visit(document);
              const describe = (element, rect) => {
                const name = (element.getAttribute('aria-label') || element.getAttribute('label')
                  || element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                return element.localName + ' "' + name + '" ' + Math.round(rect.width) + 'x' + Math.round(rect.height);
              };
              const small = [];
              for (const element of new Set(found)) {
                if (element.localName === 'a' && element.closest('p')) continue;
                // the native parts inside Vaadin components are measured through their host
                const host = element.getRootNode().host;
                if (host && host.localName.startsWith('vaadin-') && element.localName !== 'vaadin-grid-sorter') continue;
                if (element.localName === 'button' && element.closest('vaadin-password-field-button, vaadin-button')) continue;
                if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                // what a finger hits: a field's visible box, a drawer entry's link
                const box = element.shadowRoot && element.shadowRoot.querySelector('[part~=input-field], [part~=link]')
                  || element;
                const rect = box.getBoundingClientRect();
                if (rect.width === 0 || rect.height === 0) continue;
                if (rect.width < min - 0.5 || rect.height < min - 0.5) small.push(describe(element, rect));
              }
              return small;
            }""";

    private static final String SIDEWAYS = """
            () => {
              const wide = [];
              const page = document.scrollingElement;
              if (page.scrollWidth > page.clientWidth + 1) wide.push('the page: ' + page.scrollWidth + ' px in ' + page.clientWidth);
              document.querySelectorAll('vaadin-grid').forEach(grid => {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (table && grid.checkVisibility() && table.scrollWidth > table.clientWidth + 1) {
                  wide.push('grid "' + (grid.getAttribute('aria-label') || '') + '": ' + table.scrollWidth
                    + ' px in ' + table.clientWidth);
                }
              });
              return wide;
            }""";

    private final Page page;

    public TouchLayoutPage(Page page) {
        this.page = page;
    }

    /** Waits until the server has answered and nothing is fading in or out, so the layout is the final one. */
    public TouchLayoutPage settled() {
        page.waitForFunction("() => !document.querySelector('[opening], [closing]') && " + VaadinClient.IDLE);
        return this;
    }

    /**
     * The page and the grids that scroll sideways, once grids have had the time to fold their columns to the width
     * they got (an empty list if none does).
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysScrolling() {
        try {
            page.waitForFunction("() => (" + SIDEWAYS + ")().length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (PlaywrightException stillWide) {
            // reported below, with what scrolls
        }
        return (List<String>) page.evaluate(SIDEWAYS);
    }

    /** Visible tap targets smaller than {@link #MIN_TARGET} in either dimension, as "tag "name" WxH". */
    @SuppressWarnings("unchecked")
    public List<String> smallTapTargets() {
        return (List<String>) page.evaluate(SMALL_TARGETS, MIN_TARGET);
    }

    /** axe-core's serious and critical violations, and every content outside a landmark ("region", a moderate rule). */
    public List<String> accessibilityViolations() {
        // one run: the WCAG rules, and the best practices for the "region" rule among them
        // Vaadin's connection indicator is the framework's, outside the page's content, and empty while connected
        return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .exclude(List.of("vaadin-connection-indicator"))
                .analyze().getViolations().stream()
                .filter(rule -> "region".equals(rule.getId())
                        || rule.getTags().stream().anyMatch(tag -> tag.startsWith("wcag"))
                                && ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())))
                .map(TouchLayoutPage::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
