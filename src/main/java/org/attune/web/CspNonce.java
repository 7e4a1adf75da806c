package org.attune.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * This response's Content-Security-Policy nonce ({@code #{cspNonce.value}}), for plain forms on pages without
 * PrimeFaces' scripts: PrimeFaces refuses a postback without the nonce (its scripts add it to the forms they
 * know), so such a form carries it in a hidden field of its own, {@code primefaces.nonce}.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
