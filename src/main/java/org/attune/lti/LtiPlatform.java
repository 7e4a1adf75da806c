package org.attune.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A platform (an LMS) an admin registered: who it is ({@code issuer} and the {@code client_id} it gave Attune,
 * unique together), which of its deployments may launch Attune, and its three endpoints: OIDC authorization (where
 * a login goes on), JWK set (what its id_tokens are checked against) and OAuth token (for the grade service). When
 * {@code allowFraming}, the platform's pages at {@code framingOrigin} may show Attune in an iframe.
 */
@Entity
@Table(name = "lti_platform")
@NamedQuery(name = "LtiPlatform.all", query = "select p from LtiPlatform p order by p.issuer, p.clientId")
@NamedQuery(name = "LtiPlatform.byIssuer", query = "select p from LtiPlatform p where p.issuer = :issuer order by p.id")
public class LtiPlatform {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 400)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 200)
    private String clientId;

    /** The deployment ids, one a line. */
    @Column(name = "deployment_ids", nullable = false, length = 2000)
    private String deploymentIds;

    @Column(name = "auth_url", nullable = false, length = 1000)
    private String authUrl;

    @Column(name = "jwks_url", nullable = false, length = 1000)
    private String jwksUrl;

    @Column(name = "token_url", nullable = false, length = 1000)
    private String tokenUrl;

    @Column(name = "allow_framing", nullable = false)
    private boolean allowFraming;

    @Column(name = "framing_origin", length = 400)
    private String framingOrigin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected LtiPlatform() {}

    LtiPlatform(PlatformForm form, long createdBy, Instant createdAt) {
        update(form);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "The time of registration is required.");
    }

    void update(PlatformForm form) {
        this.issuer = form.getIssuer().strip();
        this.clientId = form.getClientId().strip();
        this.deploymentIds = String.join("\n", PlatformForm.lines(form.getDeploymentIds()));
        this.authUrl = form.getAuthUrl().strip();
        this.jwksUrl = form.getJwksUrl().strip();
        this.tokenUrl = form.getTokenUrl().strip();
        this.allowFraming = form.isAllowFraming();
        this.framingOrigin = form.isAllowFraming() ? form.getFramingOrigin().strip() : null;
    }

    public long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> deploymentIds() {
        return Arrays.stream(deploymentIds.split("\n"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    public String authUrl() {
        return authUrl;
    }

    public String jwksUrl() {
        return jwksUrl;
    }

    public String tokenUrl() {
        return tokenUrl;
    }

    public boolean allowFraming() {
        return allowFraming;
    }

    /** The origin allowed to frame Attune ({@code https://lms.example.edu}), or null when framing is not allowed. */
    public String framingOrigin() {
        return allowFraming ? framingOrigin : null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
