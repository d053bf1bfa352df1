package org.thbhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test server's management model through WildFly's own CLI (local authentication: same machine,
 * same user), for what only an operator can see or change: session counters, the demo realm behind
 * its cache.
 */
final class Management {

    private Management() {}

    /** Runs one CLI operation and answers its output; fails the test when the operation fails. */
    static String run(String operation) {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        String controller =
                "remote+http://localhost:" + System.getProperty("thb.it.management.port", "9990");
        try {
            Process process =
                    new ProcessBuilder(
                                    cli.toString(),
                                    "--controller=" + controller,
                                    "--connect",
                                    "--command=" + operation)
                            .redirectErrorStream(true)
                            .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the CLI did not answer: " + operation);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || !text.contains("\"outcome\" => \"success\"")) {
                throw new AssertionError(operation + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The {@code result} of a read-attribute operation, as text. */
    static String attribute(String address, String name) {
        String text = run(address + ":read-attribute(name=" + name + ")");
        var matcher = java.util.regex.Pattern.compile("\"result\" => ([^\\s,}]+)").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no result in " + text);
        }
        return matcher.group(1).replace("\"", "").replaceAll("L$", "");
    }
}
