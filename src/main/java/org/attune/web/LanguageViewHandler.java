package org.attune.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * Every page in the language {@link Languages} picks for its request (the view root's locale, which Faces' and Bean
 * Validation's own messages, PrimeFaces' components and {@link Texts#current()} follow), and says that it varies.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        var external = context.getExternalContext();
        if (external.getRequest() instanceof HttpServletRequest request) {
            if (external.getResponse() instanceof HttpServletResponse response) {
                Languages.varies(response);
            }
            return Languages.of(request);
        }
        return super.calculateLocale(context);
    }
}
