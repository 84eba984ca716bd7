package com.sendclean.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the code easy to enter (issue 12): a file a maintainer can read in one sitting, a package whose files fit on
 * one screen. A file or package past the limit fails the build with its name, so it is split when it grows, not later.
 */
class CodeSizeTest {

    static final Path MAIN = Path.of("src", "main", "java");
    static final int MAX_LINES_PER_FILE = 350;
    static final int MAX_FILES_PER_PACKAGE = 30;

    @Test
    void noSourceFileIsLongerThan350Lines() {
        Map<Path, Long> tooLong = javaFiles().stream()
                .collect(Collectors.toMap(MAIN::relativize, CodeSizeTest::lines))
                .entrySet().stream()
                .filter(file -> file.getValue() > MAX_LINES_PER_FILE)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(tooLong).as("files over %d lines: split them by responsibility", MAX_LINES_PER_FILE).isEmpty();
    }

    @Test
    void noPackageHoldsMoreThan30Files() {
        Map<Path, Long> crowded = javaFiles().stream()
                .collect(Collectors.groupingBy(file -> MAIN.relativize(file.getParent()), Collectors.counting()))
                .entrySet().stream()
                .filter(pkg -> pkg.getValue() > MAX_FILES_PER_PACKAGE)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(crowded).as("packages over %d files: give a group of them its own package", MAX_FILES_PER_PACKAGE)
                .isEmpty();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
