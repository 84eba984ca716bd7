package com.sendclean.portal.bench;

import java.util.function.Function;

/** Starts one portal process of the benchmark on the test's database; {@code url} rewrites its JDBC URL (a schema). */
@FunctionalInterface
interface PortalStarter {

    PortalProcess start(PortalProcess.Settings settings, String name, Function<String, String> url);

    default PortalProcess start(PortalProcess.Settings settings, String name) {
        return start(settings, name, Function.identity());
    }
}
