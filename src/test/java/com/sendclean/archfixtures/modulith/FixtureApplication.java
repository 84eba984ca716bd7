package com.sendclean.archfixtures.modulith;

import org.springframework.modulith.Modulithic;

/** The root of a small modular application whose shell depends on a feature, as the portal's ui module must not. */
@Modulithic
public class FixtureApplication {
}
