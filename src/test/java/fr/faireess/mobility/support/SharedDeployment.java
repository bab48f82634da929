package fr.faireess.mobility.support;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * One Payara Micro for every Arquillian class of a test run. The Payara Micro adapter starts a new
 * JVM for each deployment (15–25 s on two cores), and Arquillian deploys once per test class; every
 * class here deploys the same archive ({@link Deployments#services()}), so the first class's
 * deployment is kept and handed to the next classes instead of being undeployed and deployed again.
 * The adapter's shutdown hook stops that JVM when the test JVM exits.
 *
 * <p>Registered through {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 * Classes share the server, its database and its application-scoped state: each test creates the rows
 * it needs (with unique names) rather than counting on a server of its own.
 */
public class SharedDeployment {

    /** Arquillian's extension point: registers the observer. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    // Static: Arquillian may create observer instances per manager; one test JVM, one deployment.
    private static DeploymentScenario deployed;
    private static boolean deploying;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    /** The first class generates the archive; the next ones get the same scenario, already deployed. */
    public void generate(@Observes EventContext<GenerateDeployment> event) {
        if (deployed == null) {
            event.proceed();
            deployed = scenario.get();
            deploying = true;
        } else {
            scenario.set(deployed);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
        if (deploying) {
            deploying = false;
            event.proceed();
        }
    }

    /** Never after a class: the next class runs in the same server. */
    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
        // Left deployed on purpose; see the class comment.
    }
}
