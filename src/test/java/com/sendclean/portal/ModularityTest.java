package com.sendclean.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map as code: every top-level package under {@code com.sendclean.portal} is an application module whose
 * API is its root package (and the named interfaces it declares); {@code verify()} fails on a cycle between modules,
 * on a use of another module's internals and on a dependency a module does not allow. The same test redraws
 * {@code docs/modules}, so the committed diagrams follow the code (commit them when they change).
 */
class ModularityTest {

    static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        try (Stream<Path> old = Files.list(DOCS)) {
            for (Path file : old.filter(ModularityTest::generated).toList()) {
                Files.delete(file);
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()).withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        try (Stream<Path> written = Files.list(DOCS)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .contains("components.puml", "module-smtpusers.puml", "module-smtpusers.adoc", "all-docs.adoc");
        }
    }

    /**
     * Documenter writes a diagram's components and relations in hash order, which changes from run to run; sorting each
     * run of them keeps the committed diagrams unchanged until the modules change.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                result.addAll(run);
                run.clear();
            }
            runKind = kind;
            (kind == null ? result : run).add(line);
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }

    private static boolean generated(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".puml") || name.endsWith(".adoc");
    }
}
