/**
 * Classes that break the portal's architecture rules on purpose, so that {@code ArchitectureRulesCanFailTest} can show
 * each rule rejecting them. They live outside {@code com.sendclean.portal}, so neither Spring nor Vaadin nor the
 * portal's own rules ever pick them up, and under src/test, so they never reach the build's jar.
 */
package com.sendclean.archfixtures;
