package com.sendclean.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A yes/no question before something that cannot be undone (vaadin-core has no ConfirmDialog of its own). */
public final class ConfirmDialog extends Dialog {

    public ConfirmDialog(String title, String question, String confirmLabel, Runnable onConfirm) {
        setHeaderTitle(title);
        add(new Paragraph(question));
        var confirm = new Button(confirmLabel, click -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
        setCloseOnEsc(true);
    }
}
