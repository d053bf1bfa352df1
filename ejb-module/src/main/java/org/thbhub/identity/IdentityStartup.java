package org.thbhub.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the identity configuration when the application starts, so that a wrong one stops the
 * start instead of surfacing at the first login: an unknown THB_AUTH, jdbc without a usable
 * THB_ADMIN_PASSWORD. Under demo it says loudly what that mode is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class IdentityStartup {

    private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());

    public static final String ADMIN_PASSWORD_KEY = "THB_ADMIN_PASSWORD";

    @Inject UserDirectory users;

    /**
     * Without a transaction of its own: the first administrator is created in one that ends here.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        AuthMode mode = AuthMode.current();
        switch (mode) {
            case DEMO ->
                    LOG.warning(
                            "THB_AUTH=demo: the six demo users of the README are active, each with"
                                    + " its user name as password. Never run a real deployment so;"
                                    + " set THB_AUTH=jdbc or THB_AUTH=oidc.");
            case JDBC -> firstAdministrator();
            case OIDC -> LOG.info("THB_AUTH=oidc: bearer tokens only, no user is stored here");
        }
    }

    private void firstAdministrator() {
        String password =
                ConfigProvider.getConfig()
                        .getOptionalValue(ADMIN_PASSWORD_KEY, String.class)
                        .orElse("");
        if (password.codePointCount(0, password.length()) < UserDirectory.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "THB_AUTH=jdbc needs "
                            + ADMIN_PASSWORD_KEY
                            + " (the first administrator's password) of at least "
                            + UserDirectory.MIN_PASSWORD_LENGTH
                            + " characters");
        }
        boolean created;
        try {
            created = users.createFirstAdministrator(password);
        } catch (EJBException e) {
            // several nodes started at once on an empty database: one of them inserted admin
            // first, and this node's insert failed on the primary key at commit
            if (!users.administratorExists()) {
                throw e;
            }
            LOG.info("THB_AUTH=jdbc: another node created the first administrator meanwhile");
            return;
        }
        if (created) {
            LOG.info("THB_AUTH=jdbc: created the first administrator, admin");
        } else {
            LOG.info("THB_AUTH=jdbc: an administrator exists; " + ADMIN_PASSWORD_KEY + " unused");
        }
    }
}
