package org.bridgeway.it;

import java.nio.file.Path;
import org.bridgeway.devserver.PayaraServer;

/**
 * What an operator does to the test domain with asadmin while the application runs (client side only: this class
 * is not in the test archive, so only {@code @RunAsClient} methods may use it).
 */
final class OperatorCommands {

    private OperatorCommands() {
    }

    private static PayaraServer payara() {
        return new PayaraServer(Path.of(System.getProperty("payara.home")), "bridgeway-it",
                Integer.getInteger("bridgeway.it.portBase"));
    }

    /** asadmin undeploy NAME */
    static void undeployBundle(String name) throws Exception {
        payara().undeployBundle(name);
    }

    /** asadmin deploy --type osgi of one of the example bundles the build copied to target/extensions. */
    static void deployExampleBundle(String name) throws Exception {
        Path jar = Path.of(System.getProperty("bridgeway.it.extensions", "target/extensions")).resolve(name + ".jar");
        payara().deployBundle(jar, name, 20);
    }
}
