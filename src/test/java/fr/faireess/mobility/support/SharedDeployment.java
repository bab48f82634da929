package fr.faireess.mobility.support;

import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Instance;
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

    /** The servlet through which Arquillian's servlet protocol (Jakarta EE 9+) runs a test in the server. */
    static final String TEST_RUNNER_SERVLET = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    // Static: Arquillian may create observer instances per manager; one test JVM, one deployment.
    private static DeploymentScenario deployed;
    private static boolean deploying;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ProtocolMetaData> protocolMetaData;

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

    /**
     * The Payara Micro adapter (3.1) reads the deployed servlets from the server's console output, but
     * it takes its copy of that output as soon as the instance's host and ports are printed: on a busy
     * machine the lines naming the deployment's servlets may not have been read yet, and every test
     * then fails with "ArquillianServletRunnerEE9 not found" although the server deployed it. The
     * archive is always deployed at the root ({@link Deployments#services()}), so the runner's address
     * is known: it is added when the adapter missed it.
     */
    public void completeMetaData(@Observes AfterDeploy event) {
        ProtocolMetaData metaData = protocolMetaData.get();
        if (metaData == null) {
            return;
        }
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServletByName(TEST_RUNNER_SERVLET) == null) {
                LOG.warning("The Payara Micro adapter missed the deployment's servlets in the server's output;"
                        + " the test runner is taken at the root of " + context.getHost() + ":" + context.getPort());
                context.add(new Servlet(TEST_RUNNER_SERVLET, "/"));
            }
        }
    }

    /** Never after a class: the next class runs in the same server. */
    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
        // Left deployed on purpose; see the class comment.
    }
}
