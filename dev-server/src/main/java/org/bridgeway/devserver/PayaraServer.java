package org.bridgeway.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain driven through asadmin: created with its own port base (never Payara's defaults,
 * which are often taken), started with the given environment, and stopped again.
 */
public final class PayaraServer {

    private final Path payaraHome;
    private final String domain;
    private final int portBase;

    public PayaraServer(Path payaraHome, String domain, int portBase) {
        this.payaraHome = payaraHome;
        this.domain = domain;
        this.portBase = portBase;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public Path domainDirectory() {
        return payaraHome.resolve("glassfish/domains").resolve(domain);
    }

    /**
     * Creates the domain once; later runs reuse it. The port base also moves the data grid's ports
     * (Hazelcast start port base+59, DAS port base+49), so two domains on one machine stay apart.
     */
    public void createDomainIfMissing() throws IOException, InterruptedException {
        if (!Files.isDirectory(domainDirectory())) {
            asadmin(Map.of(), Duration.ofMinutes(3), "--user", "admin", "create-domain", "--nopassword",
                    "--portbase", String.valueOf(portBase), domain);
        }
        raiseHeap();
    }

    /** The heap a domain is created with; the default 512 MB runs out over the test suite's many redeployments. */
    static final String HEAP = "-Xmx2g";

    /** Sets the server's maximum heap in domain.xml (the domain is not running here). */
    private void raiseHeap() throws IOException {
        Path domainXml = domainDirectory().resolve("config/domain.xml");
        if (!Files.exists(domainXml)) {
            return;
        }
        String xml = Files.readString(domainXml);
        String raised = xml.replaceAll("<jvm-options>-Xmx\\d+[mMgG]</jvm-options>", "<jvm-options>" + HEAP + "</jvm-options>");
        if (!raised.equals(xml)) {
            Files.writeString(domainXml, raised);
        }
    }

    public void start(Map<String, String> environment) throws IOException, InterruptedException {
        refuseIfPortsTaken();
        // start-domain may hang on a port clash instead of failing, hence the time limit.
        asadmin(environment, Duration.ofMinutes(4), "start-domain", domain);
    }

    /** A port clash makes start-domain hang rather than fail: check the main ports first and say which. */
    private void refuseIfPortsTaken() throws IOException {
        for (int port : new int[] {adminPort(), httpPort(), portBase + 81}) {
            try (var socket = new java.net.ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress(port));
            } catch (IOException e) {
                throw new IOException("Port " + port + " is already in use: stop what uses it, or choose another"
                        + " port base with BRIDGEWAY_PORT_BASE (now " + portBase + ")", e);
            }
        }
    }

    /**
     * Deploys afresh. A copy left deployed by an earlier run is removed first: redeploying over an application
     * that the domain loaded at start-up fails in Weld (null BeanManager for EJB interceptors).
     */
    public void deploy(Path ear, String name) throws IOException, InterruptedException {
        undeploy(name);
        asadmin(Map.of(), Duration.ofMinutes(5), "--port", String.valueOf(adminPort()), "deploy",
                "--name", name, ear.toAbsolutePath().toString());
    }

    /**
     * Deploys an OSGi bundle into the domain's Felix (asadmin deploy --type osgi), replacing an earlier copy. Bundles
     * whose packages the EAR uses go in before it, in deployment order (the extension API first).
     */
    public void deployBundle(Path jar, String name, int deploymentOrder) throws IOException, InterruptedException {
        asadmin(Map.of(), Duration.ofMinutes(2), "--port", String.valueOf(adminPort()), "deploy", "--type", "osgi",
                "--force=true", "--deploymentorder", String.valueOf(deploymentOrder), "--name", name,
                jar.toAbsolutePath().toString());
    }

    /** Removes a deployed OSGi bundle (asadmin undeploy) from the running domain; fails when that fails. */
    public void undeployBundle(String name) throws IOException, InterruptedException {
        asadmin(Map.of(), Duration.ofMinutes(2), "--port", String.valueOf(adminPort()), "undeploy", name);
    }

    public void undeploy(String name) {
        try {
            asadmin(Map.of(), Duration.ofMinutes(2), "--port", String.valueOf(adminPort()), "undeploy", name);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // not deployed: nothing to remove
        }
    }

    /** Stops the domain; whatever server process of this domain is still alive afterwards is killed. */
    public void stop() {
        try {
            asadmin(Map.of(), Duration.ofMinutes(2), "stop-domain", "--kill=true", domain);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Could not stop Payara domain " + domain + ": " + e.getMessage());
        }
        String marker = domainDirectory().toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(p -> {
                    System.err.println("Killing leftover Payara process " + p.pid());
                    p.destroyForcibly();
                });
    }

    /** Polls the URL until it answers with a status below 500, or the time runs out. */
    public static void awaitAnswer(URI uri, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(uri + " did not answer within " + limit.toSeconds() + " s");
    }

    private void asadmin(Map<String, String> environment, Duration limit, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(payaraHome.resolve("glassfish/modules/admin-cli.jar").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed with exit code "
                    + process.exitValue());
        }
    }
}
