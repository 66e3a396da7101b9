package org.bridgeway.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR the build produced, as Arquillian deploys it. */
final class Deployments {

    static final String WAR = "bridgeway-web.war";

    private Deployments() {
    }

    /** The EAR exactly as built: for tests that drive it over HTTP or in a browser. */
    static EnterpriseArchive realEar() {
        return ShrinkWrap.create(ZipImporter.class, "bridgeway.ear")
                .importFrom(new File(System.getProperty("bridgeway.it.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The real EAR plus the in-container test classes (a library of the web module) and one extra URL rule letting Arquillian's
     * test-runner servlet through Shiro. Everything else, including every other URL rule, is unchanged.
     */
    static EnterpriseArchive realEarWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        ArchivePath shiroIni = ArchivePaths.create("WEB-INF/shiro.ini");
        String rules = new String(readAll(war.get(shiroIni).getAsset().openStream()), StandardCharsets.UTF_8);
        war.delete(shiroIni);
        war.add(new StringAsset(rules.replace("[urls]\n", "[urls]\n/ArquillianServletRunnerEE9 = anon\n")), shiroIni);

        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "bridgeway-it.jar")
                .addClasses(testClasses)
                .addClasses(RunAs.class)
                .addAsResource(new File(System.getProperty("bridgeway.it.rolesDoc")), "roles.md");
        // Into the WAR, not the EAR's lib/: only the web module's class loader also sees the EJB module.
        war.addAsLibrary(tests);
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        return ear;
    }

    /** Adds PDFBox to the test archive, for tests that read the text of generated PDFs inside the server. */
    static EnterpriseArchive withPdfReader(EnterpriseArchive ear) {
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addAsLibrary(jarOf(org.apache.pdfbox.pdmodel.PDDocument.class));
        war.addAsLibrary(jarOf(org.apache.pdfbox.io.RandomAccessRead.class));
        war.addAsLibrary(jarOf(org.apache.fontbox.FontBoxFont.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
