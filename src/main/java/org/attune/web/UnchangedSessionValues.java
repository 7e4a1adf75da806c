package org.attune.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Faces' session map, minus the writes that change nothing. Mojarra puts the response's character encoding into
 * the session after rendering every page (the same "UTF-8" each time), and since Attune is distributable each put
 * is a write of the session to its Infinispan cache: on a page that changed nothing, the request's only session
 * write. A put of a string equal to the one already there is skipped; every other put goes through.
 */
public class UnchangedSessionValues extends ExternalContextFactory {

    public UnchangedSessionValues(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) throws FacesException {
        var external = getWrapped().getExternalContext(context, request, response);
        return new ExternalContextWrapper(external) {
            private Map<String, Object> sessionMap;

            @Override
            public Map<String, Object> getSessionMap() {
                if (sessionMap == null) {
                    sessionMap = new SkippingUnchangedStrings(getWrapped().getSessionMap());
                }
                return sessionMap;
            }
        };
    }

    private static final class SkippingUnchangedStrings extends AbstractMap<String, Object> {

        private final Map<String, Object> session;

        SkippingUnchangedStrings(Map<String, Object> session) {
            this.session = session;
        }

        @Override
        public Object put(String key, Object value) {
            if (value instanceof String text) {
                var current = session.get(key);
                if (Objects.equals(current, text)) {
                    return current;
                }
            }
            return session.put(key, value);
        }

        @Override
        public Object get(Object key) {
            return session.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return session.containsKey(key);
        }

        @Override
        public Object remove(Object key) {
            return session.remove(key);
        }

        @Override
        public void clear() {
            session.clear();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return session.entrySet();
        }
    }
}
