package fr.faireess.mobility.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.FilterChain;

/**
 * Puts {@link UndecodablePathFilter} into each of Payara's HTTP listeners when the application starts,
 * and takes it out when it stops (so that an undeployed application's classes are not kept, and a
 * redeployment does not add a second one).
 *
 * <p>Payara has no setting for a filter of one's own in its HTTP listeners, so the listeners are
 * reached through its internal services (by reflection: they are not an API and may change). If they
 * cannot be reached, the application runs as before and says so once in the log: undecodable paths
 * then get Payara's own answer (an empty 200), and the documented front (nginx) still answers them 400.
 */
@WebListener
public class UndecodablePathGuard implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(UndecodablePathGuard.class.getName());

    /** The filter that hands requests to the web container; ours goes just before it. */
    static final String CONTAINER_STEP = "org.glassfish.grizzly.http.server.HttpServerFilter";

    private final List<FilterChain> guarded = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            for (FilterChain chain : payaraListenerChains()) {
                if (guard(chain)) {
                    guarded.add(chain);
                }
            }
            LOG.info(() -> "Undecodable request paths are answered 400 on " + guarded.size() + " HTTP listener(s).");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Payara's HTTP listeners could not be reached: undecodable request paths get"
                    + " Payara's own answer (payara/Payara#8000).", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        guarded.forEach(UndecodablePathGuard::unguard);
        guarded.clear();
    }

    /** Puts a new filter just before the container's step; false if the chain has no such step. */
    static boolean guard(FilterChain chain) {
        unguard(chain);
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).getClass().getName().equals(CONTAINER_STEP)) {
                chain.add(i, new UndecodablePathFilter());
                return true;
            }
        }
        return false;
    }

    /** Takes out this filter, including one an earlier deployment (another class loader) left. */
    static void unguard(FilterChain chain) {
        chain.removeIf(filter -> filter.getClass().getName().equals(UndecodablePathFilter.class.getName()));
    }

    /**
     * Each started HTTP listener's filter chain: the listeners' configurations from Payara's service
     * locator, their running proxies from its Grizzly service, each proxy's transport's processor.
     */
    private static List<FilterChain> payaraListenerChains() throws ReflectiveOperationException {
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator");
        Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultBaseServiceLocator").invoke(null);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener");
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Object grizzlyService = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyServiceType, new Annotation[0]);
        List<?> listeners = (List<?>) locatorType.getMethod("getAllServices", Class.class, Annotation[].class)
                .invoke(locator, listenerType, new Annotation[0]);
        Method lookup = grizzlyServiceType.getMethod("lookupNetworkProxy", listenerType);
        // The same listener is configured twice (server-config and default-config): one chain each.
        Set<FilterChain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object listener : listeners) {
            Object proxy = lookup.invoke(grizzlyService, listener);
            if (proxy == null) {
                continue; // configured but not started (Payara Micro's HTTPS listener without --sslport)
            }
            Object grizzlyListener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            Object transport = grizzlyListener.getClass().getMethod("getTransport").invoke(grizzlyListener);
            if (transport instanceof Transport t && t.getProcessor() instanceof FilterChain chain) {
                chains.add(chain);
            }
        }
        return new ArrayList<>(chains);
    }
}
