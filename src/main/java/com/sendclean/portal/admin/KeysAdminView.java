package com.sendclean.portal.admin;

import com.sendclean.portal.credentials.CredentialsKeyService;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.ui.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Platform administrators re-encrypt stored credentials under the current key, or rotate the key first. */
@Route(KeysAdminView.PATH)
@PageTitle("Encryption key · Administration · SendClean Portal")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class KeysAdminView extends Main {

    static final String PATH = "admin/keys";

    private final Paragraph result = new Paragraph();

    KeysAdminView(CredentialsKeyService keys) {
        addClassName("page");
        result.getElement().setAttribute("role", "status");
        var reencrypt = new Button("Re-encrypt credentials", click -> result.setText(keys.reencrypt().message()));
        var rotate = new Button("Rotate key and re-encrypt", click -> new ConfirmDialog("Rotate the key",
                "Add a new primary key to the keyset file and re-encrypt every stored credential under it? "
                        + "Back up the keyset file again afterwards.", "Rotate", () -> {
                    try {
                        result.setText(keys.rotateAndReencrypt().message());
                    } catch (InvalidInputException unavailable) {
                        result.setText(unavailable.getMessage());
                    }
                }).open());
        rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rotate.setEnabled(keys.canRotate());
        var rotationNote = new Paragraph(keys.clusterRefusal().isPresent() ? keys.clusterRefusal().get()
                : keys.canRotate()
                ? "Rotation writes a new primary key into the keyset file; older keys stay, so nothing becomes unreadable."
                : "The keyset comes from PORTAL_CRYPTO_KEYSET, which the portal cannot change: rotate it with "
                        + "`java -jar <jar> keyset rotate FILE`, update the variable and restart.");
        add(new H1("Encryption key"),
                new Paragraph("Tenants' SendClean credentials and two-factor secrets are encrypted with the portal's keyset. "
                        + "Credentials not under the current primary key are re-encrypted at every start, or now:"),
                rotationNote, new HorizontalLayout(reencrypt, rotate), result);
    }
}
