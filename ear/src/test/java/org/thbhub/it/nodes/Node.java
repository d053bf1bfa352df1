package org.thbhub.it.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.thbhub.it.Await;

/**
 * One THB Hub node of the nodes run: the unpacked WildFly of the build, started by its own {@code
 * bin/standalone.sh} on a base folder of its own (a copy of the configured {@code standalone}
 * folder: configuration and deployments, empty data and log), with its own port offset and {@code
 * THB_NODE_NAME}, as an operator would run a second node. It can be stopped, or killed with SIGKILL
 * as a power cut would.
 */
final class Node {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int offset;
    private final Path jbossHome;
    private final Path base;
    private final List<String> properties;
    private Process process;

    private Node(String name, int offset, Path jbossHome, Path base, List<String> properties) {
        this.name = name;
        this.offset = offset;
        this.jbossHome = jbossHome;
        this.base = base;
        this.properties = properties;
    }

    /**
     * A fresh base folder under {@code root/name}: the configuration and deployments of the build's
     * server, no data, no log.
     */
    static Node prepare(
            String name, int offset, Path jbossHome, Path root, List<String> properties) {
        Path base = root.resolve(name);
        deleteTree(base);
        Path standalone = jbossHome.resolve("standalone");
        for (String folder : List.of("configuration", "deployments", "lib")) {
            copyTree(standalone.resolve(folder), base.resolve(folder));
        }
        return new Node(name, offset, jbossHome, base, properties);
    }

    /** Starts the node as run.sh would: THB_NODE_NAME, and the transaction node id from it. */
    synchronized void start() {
        if (running()) {
            throw new IllegalStateException(name + " runs already");
        }
        List<String> command = new ArrayList<>();
        // a watchdog stops the server once this test JVM is gone, however it ended
        command.add("bash");
        command.add("-c");
        command.add(
                "parent=$1; shift; \"$@\" & server=$!;"
                        + " while kill -0 $parent 2>/dev/null && kill -0 $server 2>/dev/null;"
                        + " do sleep 1; done; kill -TERM $server 2>/dev/null; wait $server");
        command.add("node-watchdog");
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(jbossHome.resolve("bin").resolve("standalone.sh").toString());
        command.add("-c");
        command.add("thb-hub.xml");
        command.add("-Djboss.server.base.dir=" + base);
        command.add("-Djboss.socket.binding.port-offset=" + offset);
        command.add("-Djboss.tx.node.id=" + name);
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("THB_NODE_NAME", name);
        env.put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.awt.headless=true");
        // standalone.sh then passes SIGTERM on to the server's JVM
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.remove("JAVA_TOOL_OPTIONS"); // e.g. a coverage agent meant for the test JVM only
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(base.resolve("log"));
            builder.redirectOutput(
                    ProcessBuilder.Redirect.appendTo(base.resolve("log/console.log").toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Waits until the readiness check answers UP (the database answers, the EAR deployed). */
    void awaitReady(Duration timeout) {
        Await.until(
                name + " ready on " + readyUrl(),
                timeout,
                Duration.ofSeconds(1), // WildFly logs a warning for every DOWN it answers
                () -> {
                    if (!running()) {
                        throw new AssertionError(name + " ended; see " + log());
                    }
                    return readiness() == 200;
                });
    }

    /** The status of {@code /health/ready} on the management port; 0 when nothing answers. */
    int readiness() {
        return status(readyUrl());
    }

    private URI readyUrl() {
        return URI.create("http://localhost:" + (9990 + offset) + "/health/ready");
    }

    /** The API v1 of this node. */
    String api() {
        return "http://localhost:" + (8080 + offset) + "/thb-hub/api/v1";
    }

    /**
     * SIGKILL to the server's JVM and to the script that started it: no shutdown hook, no rollback
     * by the server itself, its sockets closed by the kernel. Answers the JVM's pid.
     */
    synchronized long kill() {
        if (!running()) {
            throw new IllegalStateException(name + " is not running");
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        ProcessHandle jvm =
                all.stream()
                        .filter(Node::isServerJvm)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(name + ": no server JVM found"));
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
        return jvm.pid();
    }

    /** A normal stop (SIGTERM to the JVM, as an operator's service manager sends). */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        all.add(process.toHandle());
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(90, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        process = null;
    }

    Path log() {
        return base.resolve("log").resolve("server.log");
    }

    /** The node's whole server log so far (every file of it: it may have rotated). */
    String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log(), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long logLines(String text) {
        return logText().lines().filter(l -> l.contains(text)).count();
    }

    /** Pid of the server's JVM while it runs. */
    synchronized Optional<Long> pid() {
        if (!running()) {
            return Optional.empty();
        }
        return process.descendants().filter(Node::isServerJvm).map(ProcessHandle::pid).findFirst();
    }

    /** The server's JVM among the processes standalone.sh starts: the one running jboss-modules. */
    private static boolean isServerJvm(ProcessHandle p) {
        return p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false);
    }

    static int status(URI url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return name + " (port offset " + offset + ")";
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
