package org.thbhub.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (process-classes): compiles every {@code .jrxml} of a folder into {@code .jasper}
 * beside this class on the class path, so the server never compiles a report.
 */
public final class CompileTemplates {

    private CompileTemplates() {}

    /** {@code args}: the folder of .jrxml sources, the class output folder. */
    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]).resolve("org/thbhub/report");
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(
                    jrxml.toString(), target.resolve(name).toString());
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml in " + sources);
        }
    }
}
