package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpCredentials;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shows SMTP credentials once, each value with a "Copy" button. The clipboard action is armed when the dialog is
 * built, before the click, because browsers only allow clipboard writes inside the click itself. {@code onCopy} is
 * told the label of each value copied (the screen records copied passwords in the audit trail).
 */
final class SecretDialog extends Dialog {

    static SecretDialog password(String name, String password, Consumer<String> onCopy) {
        return new SecretDialog("Password of " + name, null, Map.of("Password", password), onCopy);
    }

    static SecretDialog newPassword(SmtpCredentials reset, Consumer<String> onCopy) {
        return new SecretDialog("New password for " + reset.name(),
                "Copy it now and update the programs that send as " + reset.name() + ". "
                        + "You can reveal it again later from the list.",
                Map.of("New password", reset.password()), onCopy);
    }

    static SecretDialog created(SmtpCredentials created, Consumer<String> onCopy) {
        var values = new LinkedHashMap<String, String>();
        values.put("User name", created.name());
        values.put("Password", created.password());
        return new SecretDialog("SMTP user created",
                "Copy the password now. You can reveal it again later from the list.", values, onCopy);
    }

    SecretDialog(String title, String note, Map<String, String> values, Consumer<String> onCopy) {
        setHeaderTitle(title);
        var content = new VerticalLayout();
        content.setPadding(false);
        if (note != null) {
            content.add(new Paragraph(note));
        }
        values.forEach((label, value) -> {
            var field = new TextField(label);
            field.setValue(value);
            field.setReadOnly(true);
            field.setWidthFull();
            field.addClassName("secret-value");
            var copy = new Button("Copy");
            copy.setAriaLabel("Copy " + label.toLowerCase(Locale.ROOT));
            Clipboard.onClick(copy).writeText(value);
            copy.addClickListener(click -> {
                onCopy.accept(label);
                copy.setText("Copied");
            });
            var row = new HorizontalLayout(field, copy);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            row.setFlexGrow(1, field);
            content.add(row);
        });
        add(content);
        var close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(32rem, 95vw)");
        setCloseOnEsc(true);
    }
}
