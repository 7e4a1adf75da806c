package org.attune.authoring;

import jakarta.faces.component.UIInput;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Shows a refused save on its page: the message at the top of the form, each field's problem beside the field. */
final class Refusals {

    private Refusals() {}

    static void show(AuthoringRefusal refused, String formId) {
        Messages.addGlobalError(Texts.text(Texts.current(), refused));
        refused.fieldProblems().forEach((field, problem) -> {
            var clientId = formId + ":" + field;
            Messages.addError(clientId, problem);
            if (Faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                input.setValid(false);
            }
        });
        Faces.validationFailed();
    }
}
