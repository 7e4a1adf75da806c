package org.attune.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The name an account has in xAPI statements: a random UUID, given the first time the account is reported and kept,
 * so that the LRS sees the same learner every time without learning who they are from it.
 */
@Entity
@Table(name = "xapi_actor")
public class XapiActor {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false, unique = true, length = 36)
    private String name;

    protected XapiActor() {}

    XapiActor(long accountId, String name) {
        this.accountId = accountId;
        this.name = Objects.requireNonNull(name, "A name is required.");
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }
}
