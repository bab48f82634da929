package fr.faireess.mobility.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.config.Settings;

/**
 * With {@code <distributable/>} every session travels between the instances of a cluster (Payara's
 * Hazelcast session store serialises it after each request), and the Faces view state with it: every
 * session-, view- and conversation-scoped bean must be Serializable, and so must each field it keeps
 * (transient and static fields excepted). An injected bean of a normal scope or an EJB is a
 * serializable client proxy; a dependent one is the object itself and must be Serializable.
 */
class ScopedBeansSerializableTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    /** Injected as client proxies (normal scopes) or EJB references, which the container serialises. */
    private static final List<Class<? extends Annotation>> PROXIED = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ConversationScoped.class, Stateless.class, Singleton.class);
    /** Declared types whose objects here are serializable: the JDK's clocks (system, offset), the collections. */
    private static final Set<Class<?>> KNOWN_SERIALIZABLE = Set.of(Clock.class, List.class, Map.class, Set.class,
            Collection.class, Optional.class);

    private final List<String> problems = new ArrayList<>();
    /** Our own classes already judged (the beans, and what their fields hold: entities, rows, records). */
    private final Set<Class<?>> judged = new HashSet<>();

    @Test
    void everyPassivatingBeanAndWhatItHoldsAreSerializable() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("view- and session-scoped beans found").hasSizeGreaterThan(10);
        for (Class<?> bean : beans) {
            judge(bean);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aBeanHoldingSomethingThatCannotTravelIsReported() {
        judge(BadBean.class);
        assertThat(problems).hasSize(3).anyMatch(p -> p.contains("BadBean.stream")).anyMatch(p -> p.contains("BadBean.rows"))
                .anyMatch(p -> p.contains("BadRow is not Serializable"));
    }

    @ViewScoped
    static class BadBean implements Serializable {
        private static final long serialVersionUID = 1L;
        private java.io.InputStream stream;
        private List<BadRow> rows;
        private transient Object cache;
        @Inject private Clock clock;
    }

    record BadRow(String name) {
    }

    /** A class of ours held by a bean: Serializable, and so is each field it keeps, transitively. */
    private void judge(Class<?> ours) {
        if (!judged.add(ours)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(ours) && !ours.isInterface()) {
            problems.add(ours.getName() + " is not Serializable");
        }
        for (Class<?> c = ours; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.getName().startsWith("_persistence_")) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class) ? !injectable(field) : !serializable(field.getGenericType())) {
                    problems.add(c.getName() + "." + field.getName() + " (" + field.getGenericType().getTypeName()
                            + ") is not serializable: make it transient (and read it again when null) or serializable");
                }
            }
        }
    }

    private boolean injectable(Field field) {
        Class<?> type = field.getType();
        if (type == Instance.class || PROXIED.stream().anyMatch(type::isAnnotationPresent)) {
            return true;
        }
        return serializable(field.getGenericType());
    }

    private boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return serializable(c.getComponentType());
            }
            if (c.getName().startsWith("fr.faireess.mobility.") && !c.isEnum()) {
                judge(c);
            }
            return c.isPrimitive() || c.isEnum() || Serializable.class.isAssignableFrom(c) || KNOWN_SERIALIZABLE.contains(c)
                    || (c.isInterface() && PROXIED.stream().anyMatch(c::isAnnotationPresent));
        }
        if (type instanceof ParameterizedType p) {
            // Every argument is judged (no short cut): a List<Row> must reach Row's fields too.
            boolean arguments = true;
            for (Type argument : p.getActualTypeArguments()) {
                arguments &= serializable(argument);
            }
            return serializable(p.getRawType()) && arguments;
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).allMatch(this::serializable);
        }
        // Type variables: judged where the class is used.
        return true;
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ScopedBeansSerializableTest.class.getClassLoader());
                if (PASSIVATING_SCOPES.stream().anyMatch(c::isAnnotationPresent)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
