package com.sendclean.archfixtures.modulith.ui;

import com.sendclean.archfixtures.modulith.feature.Feature;

/** Breaks the shell's allowed dependencies: it reaches into a feature. */
public class Shell {

    public String title(Feature feature) {
        return feature.name();
    }
}
