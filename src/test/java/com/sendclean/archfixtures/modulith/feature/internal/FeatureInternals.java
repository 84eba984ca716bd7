package com.sendclean.archfixtures.modulith.feature.internal;

/** A feature's internals, hidden from other modules. */
public class FeatureInternals {
}
