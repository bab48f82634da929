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
 * The two lanes of an integration-test run, as JUnit resource locks: the failsafe JVM runs up to three test
 * classes at a time (pom.xml, {@code junit.jupiter.execution.parallel.*}), one from each lane.
 * <ul>
 * <li>{@link #SHARED_DEPLOYMENT}: the Arquillian classes, one after the other in the one Payara
 * Micro of {@link SharedDeployment} (its database of its own);</li>
 * <li>{@link #RUNNING_APP}: the HTTP and browser classes, one after the other against
 * {@link RunningApp}'s instance (its demo data, its mail server), and the classes that start
 * servers of their own;</li>
 * <li>{@link #ACCESSIBILITY}: the axe-core crawl, on an instance of its own (its markup depends on
 * neither the database nor the other tests' rows); axe runs on one core of the browser.</li>
 * </ul>
 * An Arquillian class mostly waits on its server's single request thread, an HTTP class on the
 * instance's answers, the crawl on axe's script: on two cores the lanes overlap where each leaves a
 * core idle (one lane at a time left the machine idle more than half the run). A class that
 * starts several servers of its own (the cluster, the database outage) takes both locks and runs
 * alone. Every integration test class declares its lane ({@code TestLanesTest} checks it).
 */
public final class TestLanes {

    public static final String SHARED_DEPLOYMENT = "lane: Arquillian shared deployment";
    public static final String RUNNING_APP = "lane: running application";
    public static final String ACCESSIBILITY = "lane: accessibility crawl";

    private TestLanes() {
    }

    /**
     * The order the run hands the classes to JUnit (pom.xml, {@code junit.jupiter.testclass.order.default}):
     * the accessibility crawl, the shared deployment's lane, then the running instance's, backwards. JUnit's fork/join
     * pool works the list from both ends — the thread that forked the classes takes them from the
     * end, the other steals from the start — so one thread walks each lane, each in alphabetical
     * order. Mixed in one alphabetical list, both threads soon queued behind the same lane's lock and
     * the other lane stood still.
     */
    public static final class Order implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparingInt(Order::lane)
                    .thenComparing((a, b) -> lane(a) < 2 ? name(a).compareTo(name(b)) : name(b).compareTo(name(a))));
        }

        /** 0: the crawl; 1: the shared deployment's lane alone; 2: the running instance's (with or without another). */
        private static int lane(ClassDescriptor type) {
            Set<String> locks = Arrays.stream(type.getTestClass().getAnnotationsByType(ResourceLock.class))
                    .map(ResourceLock::value).collect(Collectors.toSet());
            return locks.equals(Set.of(ACCESSIBILITY)) ? 0 : locks.equals(Set.of(SHARED_DEPLOYMENT)) ? 1 : 2;
        }

        private static String name(ClassDescriptor type) {
            return type.getTestClass().getName();
        }
    }
}
