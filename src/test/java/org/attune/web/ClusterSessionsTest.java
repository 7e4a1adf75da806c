package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster, each session (and so every page's view-scoped bean) is copied to the other node after each request.
 * A field that cannot be serialized breaks that copy, and with it failover, silently until a node dies. This test
 * finds every view- and session-scoped bean and checks each field's type, type arguments included.
 */
class ClusterSessionsTest {

    @Test
    void everyViewOrSessionScopedBeanCanTravelToAnotherNode() throws Exception {
        var problems = new ArrayList<String>();
        for (var bean : beans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || Modifier.isTransient(field.getModifiers())
                        // Weld injects serializable proxies of normal-scoped beans, and OmniFaces @Param values.
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * An interceptor travels with its bean, and Narayana's transaction interceptor holds a transaction manager that
     * cannot be restored on another node: the whole session then fails to arrive (seen in the failover test).
     */
    @Test
    void noViewOrSessionScopedBeanIsTransactional() throws Exception {
        var problems = new ArrayList<String>();
        for (var bean : beans()) {
            if (bean.isAnnotationPresent(Transactional.class)) {
                problems.add(bean.getName());
            }
            for (var method : bean.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Transactional.class)) {
                    problems.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(problems)
                .as("@Transactional on view- or session-scoped beans")
                .isEmpty();
    }

    private static void check(Type type, String where, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, problems);
            for (var argument : parameterized.getActualTypeArguments()) {
                check(argument, where, problems);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                check(raw.getComponentType(), where, problems);
                return;
            }
            boolean ok = raw.isPrimitive()
                    || Serializable.class.isAssignableFrom(raw)
                    // Collection and map interfaces: their usual implementations serialize when their contents do.
                    || raw.isInterface() && raw.getName().startsWith("java.util.");
            if (!ok) {
                problems.add(where + " holds a " + raw.getName() + ", which is not Serializable");
            }
        }
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        var root = Path.of("target/classes");
        var beans = new ArrayList<Class<?>>();
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, ClusterSessionsTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertThat(beans).as("the page beans were found").hasSizeGreaterThan(10);
        return beans;
    }
}
