package com.sendclean.archfixtures.modulith.other;

import com.sendclean.archfixtures.modulith.feature.internal.FeatureInternals;

/** Breaks "modules use each other's APIs only": reaches into another module's internal package. */
public class Other {

    public String peek(FeatureInternals internals) {
        return internals.toString();
    }
}
