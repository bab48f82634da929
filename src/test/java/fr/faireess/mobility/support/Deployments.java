package fr.faireess.mobility.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian test uses: the real WAR built by Maven, plus the test classes.
 * Testing the packaged application (not a hand-picked subset) means a missing class or descriptor
 * fails here first. Each deployment starts a Payara JVM, so keep Arquillian test classes few.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application(Class<?>... testClasses) {
        File war = new File(System.getProperty("it.war", "target/mobility.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it): " + war);
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "mobility.war").importFrom(war).as(WebArchive.class);
        archive.addClasses(Deployments.class, TestFiles.class, DemoAccounts.class, DemoDates.class);
        archive.addClasses(testClasses);
        return archive;
    }
}
