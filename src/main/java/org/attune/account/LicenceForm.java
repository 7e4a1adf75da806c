package org.attune.account;

import java.io.Serializable;
import java.time.LocalDate;

/** One licence as the My account page edits it, made from a {@link Licence} and turned back into its details. */
public class LicenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String board;
    private String type;
    private String number;
    private LocalDate expiresOn;
    private boolean prints = true;

    public static LicenceForm of(Licence licence) {
        var form = new LicenceForm();
        var details = licence.details();
        form.id = licence.getId();
        form.board = details.board();
        form.type = details.type();
        form.number = details.number();
        form.expiresOn = details.expiresOn();
        form.prints = details.prints();
        return form;
    }

    public LicenceDetails toDetails() {
        return new LicenceDetails(board, type, number, expiresOn, prints);
    }

    /** The licence as a certificate prints it. */
    public String getPrinted() {
        return toDetails().printed();
    }

    public Long getId() {
        return id;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isPrints() {
        return prints;
    }

    public void setPrints(boolean prints) {
        this.prints = prints;
    }
}
