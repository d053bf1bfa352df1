package org.thbhub.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium and chromium-driver, the only browser the tests use: nothing is downloaded by
 * Selenium Manager. When they are missing and the tests run as root (as CI does), they are
 * installed with apt-get; otherwise the tests fail and name the packages.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("thb.chromium", "/usr/bin/chromium"));
    static final Path DRIVER =
            Path.of(System.getProperty("thb.chromedriver", "/usr/bin/chromedriver"));

    private static boolean checked;

    private Chromium() {}

    static synchronized void ensureInstalled() {
        if (checked) {
            return;
        }
        if (!present()) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException(
                        "The browser tests need Debian's chromium and chromium-driver ("
                                + BROWSER
                                + ", "
                                + DRIVER
                                + "): apt-get install -y chromium chromium-driver");
            }
            run(List.of("apt-get", "install", "-y", "chromium", "chromium-driver"));
            if (!present()) {
                run(List.of("apt-get", "update"));
                run(List.of("apt-get", "install", "-y", "chromium", "chromium-driver"));
            }
            if (!present()) {
                throw new IllegalStateException(
                        "apt-get could not install chromium and chromium-driver");
            }
        }
        checked = true;
    }

    private static boolean present() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took too long");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
