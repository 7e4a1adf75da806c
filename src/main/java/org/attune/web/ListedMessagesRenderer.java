package org.attune.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, with each message a plain item of its list. PrimeFaces gives every {@code <li>}
 * {@code role="alert"}, which takes it out of its list: screen readers then miscount the list, and axe-core reports
 * it (rule "list", serious). The messages are still announced: the box around them is a polite live region.
 * Registered for every {@code p:messages} in faces-config.xml.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
    }

    /** Writes everything PrimeFaces writes for one message but its role and aria-atomic. */
    private static final class WithoutAlertRole extends ResponseWriterWrapper {

        WithoutAlertRole(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!name.equals("role") && !name.equals("aria-atomic")) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
