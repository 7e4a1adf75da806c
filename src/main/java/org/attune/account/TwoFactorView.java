package org.attune.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Two-step sign-in for the signed-in person ({@code /account/two-factor}): set it up with an authenticator app (a
 * QR code, or the secret to type), confirmed by one code, after which the ten recovery codes show, this once.
 * Staff are sent here before they reach a staff area, and back there after ({@code ?next=}). A clinician may turn
 * it off again with a code; staff may not.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors;

    @Inject
    CurrentAccount me;

    private long accountId;
    private boolean on;
    private String since;
    private long codesLeft;
    private boolean staff;
    private String next;
    private SecondFactors.Enrolment enrolment;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes;

    public void load() throws IOException {
        var id = me.id();
        if (id.isEmpty()) {
            Faces.responseSendError(403, "Sign in first.");
            return;
        }
        accountId = id.get();
        staff = me.isTeaching();
        refresh();
    }

    private void refresh() {
        var onSince = secondFactors.onSince(accountId);
        on = onSince.isPresent();
        since = onSince.map(Dates::format).orElse(null);
        codesLeft = on ? secondFactors.recoveryCodesLeft(accountId) : 0;
    }

    public void begin() {
        try {
            enrolment = secondFactors.begin(accountId);
            qrCode = QrCode.pngDataUri(enrolment.address());
        } catch (AccountRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactors.confirm(accountId, code);
            enrolment = null;
            qrCode = null;
            refresh();
        } catch (AccountRefusal refused) {
            Messages.addError("setup:code", Texts.text(Texts.current(), refused));
        }
        code = null;
    }

    public void turnOff() {
        try {
            secondFactors.turnOff(accountId, code);
            refresh();
            Messages.addGlobalInfo(Texts.text("account.twoStep.turnedOff"));
        } catch (AccountRefusal refused) {
            Messages.addError("off:code", Texts.text(Texts.current(), refused));
        }
        code = null;
    }

    /** Where to go once it is set up: the staff page that sent the person here, or their dashboard. */
    public String getContinueTo() {
        return WayBack.local(next).orElse("/dashboard");
    }

    /** The secret in groups of four, as an app's "enter a setup key" screen is easiest typed from. */
    public String getSecretInGroups() {
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public boolean isOn() {
        return on;
    }

    public String getSince() {
        return since;
    }

    public long getCodesLeft() {
        return codesLeft;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
