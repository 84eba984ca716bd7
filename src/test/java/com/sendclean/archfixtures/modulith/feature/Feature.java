package com.sendclean.archfixtures.modulith.feature;

/** A feature module's API. */
public class Feature {

    public String name() {
        return "feature";
    }
}
