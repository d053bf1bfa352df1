package org.thbhub.node;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thbhub.submission.DeliveryKey;

/**
 * Which node judges a folder file (docs/adr/0015), through the database every node shares. Each
 * call is its own short autocommit statement outside any transaction, so a claim is visible to the
 * other nodes at once and is not undone when the judging transaction rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileClaims {

    static final Duration MIN_LEASE = Duration.ofSeconds(5);

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    DataSource dataSource;

    /**
     * How long a claim holds without renewal: a node killed mid-file frees its file after it. At
     * least {@link #MIN_LEASE}: it is renewed every third of it, and a shorter one would let a
     * loaded node's file go to another node while it is still judging it.
     */
    @Inject
    @ConfigProperty(name = "THB_CLAIM_LEASE_SECONDS", defaultValue = "60")
    long leaseSeconds;

    /** Claims the file for this node: true if this node may judge it now. */
    public boolean claim(DeliveryKey key, String source) {
        return call(store -> store.claim(key, source));
    }

    /** Extends this node's lease while it is still judging the file. */
    public boolean renew(DeliveryKey key) {
        return call(store -> store.renew(key));
    }

    /** The file has left the inbox: the claim holds one more lease, then goes. */
    public void release(DeliveryKey key) {
        call(
                store -> {
                    store.release(key);
                    return true;
                });
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(MIN_LEASE.toSeconds(), leaseSeconds));
    }

    private interface Work {
        boolean on(FileClaimStore store) throws SQLException;
    }

    private boolean call(Work work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(new FileClaimStore(c, NodeName.current(), lease(), Clock.systemUTC()));
        } catch (SQLException e) {
            throw new IllegalStateException("the file claims could not be read: " + e, e);
        }
    }
}
