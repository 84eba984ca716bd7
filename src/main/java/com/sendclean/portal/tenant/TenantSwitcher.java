package com.sendclean.portal.tenant;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The header's choice of tenant for people who belong to several (reseller staff). It is searchable by typing, and
 * keeps the SMTP users page open when switching, since that is where reseller staff spend their day. Outside tenant
 * pages it shows the tenant the user came from.
 */
class TenantSwitcher extends ComboBox<TenantMembership> implements AfterNavigationObserver {

    static final String KEEP_ON_SWITCH = "smtp-users";

    /** The tenant shown on pages outside any tenant (the profile, administration): the one the user came from. */
    private final Supplier<Optional<String>> lastSlug;

    TenantSwitcher(List<TenantMembership> memberships, Supplier<Optional<String>> lastSlug) {
        this.lastSlug = lastSlug;
        setItems((membership, filter) -> membership.tenant().name().toLowerCase().contains(filter.toLowerCase())
                || membership.tenant().slug().contains(filter.toLowerCase()), memberships);
        setItemLabelGenerator(membership -> membership.tenant().name());
        setAriaLabel("Tenant");
        setPlaceholder("Choose a tenant");
        addClassName("tenant-switcher");
        setAllowCustomValue(false);
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                String suffix = getUI().map(ui -> TenantPaths.suffixOf(ui.getActiveViewLocation().getPath())).orElse("");
                String slug = change.getValue().tenant().slug();
                getUI().ifPresent(ui -> ui.navigate(TenantLinks.path(slug, KEEP_ON_SWITCH.equals(suffix) ? suffix : "")));
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String slug = TenantPaths.slugOf(event.getLocation().getPath()).or(lastSlug).orElse(null);
        setValue(getListDataView().getItems()
                .filter(membership -> membership.tenant().slug().equals(slug))
                .findFirst()
                .orElse(null));
    }
}
