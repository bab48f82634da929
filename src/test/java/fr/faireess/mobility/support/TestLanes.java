package fr.faireess.mobility.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The two lanes of an integration-test run, as JUnit resource locks: the failsafe JVM runs two test
 * classes at a time (pom.xml, {@code junit.jupiter.execution.parallel.*}), one from each lane.
 * <ul>
 * <li>{@link #SHARED_DEPLOYMENT}: the Arquillian classes, one after the other in the one Payara
 * Micro of {@link SharedDeployment} (its database of its own);</li>
 * <li>{@link #RUNNING_APP}: the HTTP and browser classes, one after the other against
 * {@link RunningApp}'s instance (its demo data, its mail server), and the classes that start
 * servers of their own.</li>
 * </ul>
 * An Arquillian class mostly waits on its server's single request thread, an HTTP class on the
 * instance's answers: on two cores the lanes overlap where each leaves a core idle (one class at a
 * time left the machine idle more than half the run). A third lane (the accessibility crawl on an
 * instance of its own) was tried and made the H2 run slower (750 s against 701 s): two cores
 * cannot carry three servers and a browser at once. A class that starts servers of its own (the
 * cluster, the database outage) runs in the first lane, after the Arquillian classes
 * ({@link #OWN_SERVERS}). Every integration test class declares its lane ({@code TestLanesTest}
 * checks it).
 */
public final class TestLanes {

    public static final String SHARED_DEPLOYMENT = "lane: Arquillian shared deployment";
    public static final String RUNNING_APP = "lane: running application";
    /**
     * Beside {@link #SHARED_DEPLOYMENT}: a class that starts servers of its own (the cluster, the
     * database outage) and needs neither shared server. It runs in the shared deployment's lane, after
     * its Arquillian classes, while the HTTP lane goes on: alone, it left both lanes waiting for its
     * start-ups (135 s of CI's MariaDB run).
     */
    public static final String OWN_SERVERS = "lane: servers of its own";

    private TestLanes() {
    }

    /** The lanes a test class declares (its {@code @ResourceLock}s), read in one place for the order and its check. */
    public static Set<String> of(Class<?> testClass) {
        return Arrays.stream(testClass.getAnnotationsByType(ResourceLock.class))
                .map(ResourceLock::value).collect(Collectors.toSet());
    }

    /**
     * The order the run hands the classes to JUnit (pom.xml, {@code junit.jupiter.testclass.order.default}):
     * the shared deployment's lane first, then the running instance's, backwards. JUnit's fork/join
     * pool works the list from both ends — the thread that forked the classes takes them from the
     * end, the other steals from the start — so one thread walks each lane, each in alphabetical
     * order. Mixed in one alphabetical list, both threads soon queued behind the same lane's lock and
     * the other lane stood still.
     */
    public static final class Order implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparingInt(Order::lane)
                    .thenComparing(Order::ownServers)
                    .thenComparing((a, b) -> lane(a) == 0 ? name(a).compareTo(name(b)) : name(b).compareTo(name(a))));
        }

        /**
         * 0: the shared deployment's lane (its Arquillian classes, then the classes with servers of
         * their own); 1: the running instance's.
         */
        private static int lane(ClassDescriptor type) {
            Set<String> lanes = of(type.getTestClass());
            return lanes.contains(RUNNING_APP) ? 1 : 0;
        }

        private static boolean ownServers(ClassDescriptor type) {
            return of(type.getTestClass()).contains(OWN_SERVERS);
        }

        private static String name(ClassDescriptor type) {
            return type.getTestClass().getName();
        }
    }
}
