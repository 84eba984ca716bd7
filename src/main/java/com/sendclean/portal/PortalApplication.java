package com.sendclean.portal;

import com.sendclean.portal.crypto.KeysetCommand;
import com.sendclean.portal.sandbox.SandboxApplication;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The portal's entry point and Vaadin app shell. Styles come only through {@code @StyleSheet}, so Vaadin uses its
 * pre-compiled frontend bundles and no npm build ever runs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && KeysetCommand.NAME.equals(args[0])) {
            // ops need the keyset before the portal can start, so this runs without Spring
            System.exit(new KeysetCommand(System.out, System.err).run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && SandboxApplication.COMMAND.equals(args[0])) {
            // the SendClean simulator as its own application: none of the portal's beans, its own port and schema
            SandboxApplication.start(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("SendClean Portal");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // the icon the browser tab and bookmarks show; /favicon.ico serves the same for clients that ask for it
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
