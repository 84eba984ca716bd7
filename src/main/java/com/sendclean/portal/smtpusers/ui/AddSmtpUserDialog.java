package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpCredentials;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.smtpusers.LimitInput;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Asks for the two limits of a new SMTP user; SendClean chooses its name and password. The creation itself runs in
 * the background through {@code creator}, which calls back on success or failure in the UI.
 */
class AddSmtpUserDialog extends Dialog {

    /** Starts the creation in the background and reports back in the UI. */
    interface Creator {
        void create(int totalLimit, int hourlyLimit, Consumer<SmtpCredentials> onCreated,
                    Consumer<RuntimeException> onFailure);
    }

    /** The two limits as typed; they are read as numbers only on Create. */
    public record TypedLimits(String total, String hourly) {

        String of(LimitKind kind) {
            return switch (kind) {
                case TOTAL -> total;
                case HOURLY -> hourly;
            };
        }
    }

    private final Map<LimitKind, TextField> fields = new EnumMap<>(LimitKind.class);
    private final Binder<TypedLimits> binder = new Binder<>(TypedLimits.class);
    private final Button create = new Button("Create");

    AddSmtpUserDialog(Creator creator, Consumer<SmtpCredentials> onCreated, Consumer<RuntimeException> onFailure) {
        setHeaderTitle("Add SMTP user");
        var form = new VerticalLayout(new Paragraph("SendClean chooses the user name and password."));
        form.setPadding(false);
        for (LimitKind kind : LimitKind.values()) {
            var field = new TextField(kind.label());
            field.setRequired(true);
            field.setMaxLength(20);
            field.getElement().setAttribute("inputmode", "numeric");
            fields.put(kind, field);
            form.add(field);
        }
        add(form);
        // LimitInput and the service judge the limits: no client-side rule may stop a value they would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(fields.get(LimitKind.TOTAL)).bind("total");
        binder.forField(fields.get(LimitKind.HOURLY)).bind("hourly");
        binder.readRecord(new TypedLimits("", ""));
        LimitHint.watch(fields.get(LimitKind.TOTAL), fields.get(LimitKind.HOURLY));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            TypedLimits typed = typed();
            Map<LimitKind, Integer> limits = new EnumMap<>(LimitKind.class);
            for (LimitKind kind : LimitKind.values()) {
                OptionalInt value = LimitInput.parse(typed.of(kind));
                if (value.isEmpty()) {
                    showError(kind, SmtpUserService.LIMIT_RULE);
                } else {
                    fields.get(kind).setInvalid(false);
                    limits.put(kind, value.getAsInt());
                }
            }
            if (limits.size() < LimitKind.values().length) {
                return;
            }
            busy(true);
            creator.create(limits.get(LimitKind.TOTAL), limits.get(LimitKind.HOURLY), created -> {
                close();
                onCreated.accept(created);
            }, failure -> {
                busy(false);
                if (failure instanceof InvalidInputException invalid) {
                    showError(invalid.field(LimitKind.class).orElse(LimitKind.TOTAL), invalid.getMessage());
                    return;
                }
                close();
                onFailure.accept(failure);
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    @Override
    public void open() {
        super.open();
        fields.get(LimitKind.TOTAL).focus();
    }

    private TypedLimits typed() {
        try {
            return binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The add SMTP user form has no validators of its own", impossible);
        }
    }

    private void showError(LimitKind kind, String message) {
        fields.get(kind).setErrorMessage(message);
        fields.get(kind).setInvalid(true);
    }

    private void busy(boolean on) {
        create.setEnabled(!on);
        create.setText(on ? "Creating…" : "Create");
    }
}
