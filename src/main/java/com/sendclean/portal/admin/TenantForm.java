package com.sendclean.portal.admin;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.Tenant;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantField;
import com.sendclean.portal.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A tenant's name and URL name, read from and written to a {@link TenantInput} by a {@link Binder}: both for a new
 * tenant, the name only for a rename (the URL name never changes). The service validates; its refusals show next to
 * the {@link TenantField} they name.
 */
class TenantForm extends Composite<VerticalLayout> {

    /** What the platform administrator typed; a blank URL name means "use the suggestion". */
    public record TenantInput(String name, String slug) {

        /** The URL name to create the tenant with: the one typed, or the one suggested for the name. */
        String chosenSlug() {
            return slug.isBlank() ? TenantAdministrationService.suggestSlug(name) : slug;
        }
    }

    private final TextField name = new TextField("Name");
    private final TextField slug = new TextField("URL name");
    private final Binder<TenantInput> binder = new Binder<>(TenantInput.class);

    private TenantForm(TenantInput initial, boolean newTenant) {
        name.setMaxLength(TenantAdministrationService.MAX_NAME_LENGTH);
        slug.setMaxLength(63);
        slug.setRequired(false);
        slug.setHelperText("Used in links (/t/<URL name>); it never changes. Leave empty to use the suggestion.");
        slug.setVisible(newTenant);
        // the service is the one judge of the input: no client-side rule may stop a value it would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(slug).bind("slug");
        binder.readRecord(initial);
        getContent().add(name, slug);
    }

    static TenantForm forNewTenant() {
        var form = new TenantForm(new TenantInput("", ""), true);
        form.name.setRequired(true);
        // the suggestion is a placeholder, not a value, so it never overwrites what the user is typing
        form.name.setValueChangeMode(ValueChangeMode.EAGER);
        form.name.addValueChangeListener(change ->
                form.slug.setPlaceholder(TenantAdministrationService.suggestSlug(change.getValue())));
        return form;
    }

    static TenantForm forRename(Tenant tenant) {
        var form = new TenantForm(new TenantInput(tenant.name(), tenant.slug()), false);
        form.name.setHelperText("The URL name stays " + tenant.slug() + ".");
        form.getContent().setPadding(false);
        return form;
    }

    TenantInput write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The tenant form has no validators of its own", impossible);
        }
    }

    void focus() {
        name.focus();
    }

    void clearErrors() {
        FieldErrors.clear(name, slug);
    }

    void showError(InvalidInputException refused) {
        // a refusal about the whole form (the tenant is gone) goes next to the name
        HasValidation component = switch (refused.field(TenantField.class).orElse(TenantField.NAME)) {
            case NAME -> name;
            case SLUG -> slug;
        };
        FieldErrors.show(component, refused.getMessage());
    }
}
