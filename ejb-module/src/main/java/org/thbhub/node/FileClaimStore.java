package org.thbhub.node;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;
import org.thbhub.common.SafeText;
import org.thbhub.submission.DeliveryKey;

/**
 * The {@code file_claim} table on one autocommit connection (docs/adr/0015). A claim is an insert
 * that only one node can make (the primary key), or an update conditioned on exactly the row this
 * node read, so two nodes racing for an expired lease cannot both win. Times are the nodes' clocks
 * (kept in step by NTP); the lease is long against any skew between them.
 */
public final class FileClaimStore {

    private static final Logger LOG = Logger.getLogger(FileClaimStore.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    /** Claims released longer ago than this are deleted. */
    private static final Duration KEEP = Duration.ofHours(1);

    private final Connection connection;
    private final String node;
    private final Duration lease;
    private final Clock clock;

    public FileClaimStore(Connection connection, String node, Duration lease, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.node = Objects.requireNonNull(node, "node");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True if this node holds the claim now: newly taken, its own, or taken over once expired. */
    public boolean claim(DeliveryKey key, String source) throws SQLException {
        Instant now = clock.instant();
        String holder;
        Timestamp until;
        try (PreparedStatement s =
                connection.prepareStatement(
                        "select node, lease_until from file_claim where claim_key = ?")) {
            s.setString(1, key.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return insert(key, source, now);
                }
                holder = r.getString(1);
                until = r.getTimestamp(2);
            }
        }
        boolean mine = holder.equals(node);
        if (!mine && !until.toInstant().isBefore(now)) {
            return false; // another node judges it: skipped without a word
        }
        try (PreparedStatement s =
                connection.prepareStatement(
                        "update file_claim set node = ?, claimed_at = ?, lease_until = ?"
                                + " where claim_key = ? and node = ? and lease_until = ?")) {
            s.setString(1, node);
            s.setTimestamp(2, Timestamp.from(now));
            s.setTimestamp(3, Timestamp.from(now.plus(lease)));
            s.setString(4, key.value());
            s.setString(5, holder);
            s.setTimestamp(6, until);
            boolean taken = s.executeUpdate() == 1;
            if (taken && !mine) {
                LOG.info(
                        () ->
                                "%s: taken over from node %s, whose claim ran out at %s"
                                        .formatted(
                                                SafeText.escape(source),
                                                SafeText.escape(holder),
                                                until.toInstant()));
            }
            return taken;
        }
    }

    private boolean insert(DeliveryKey key, String source, Instant now) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement(
                        "insert into file_claim (claim_key, source, node, claimed_at, lease_until)"
                                + " values (?, ?, ?, ?, ?)")) {
            s.setString(1, key.value());
            s.setString(2, source.length() <= 1000 ? source : source.substring(0, 1000));
            s.setString(3, node);
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(now.plus(lease)));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false; // another node inserted it first
            }
            throw e;
        }
    }

    /** Extends this node's lease; false if the claim is no longer this node's. */
    public boolean renew(DeliveryKey key) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement(
                        "update file_claim set lease_until = ? where claim_key = ? and node = ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant().plus(lease)));
            s.setString(2, key.value());
            s.setString(3, node);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * The file has left the inbox. The claim still holds for one lease, so that a node that listed
     * the file just before it moved skips it; claims released long ago are deleted.
     */
    public void release(DeliveryKey key) throws SQLException {
        renew(key);
        try (PreparedStatement s =
                connection.prepareStatement("delete from file_claim where lease_until < ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant().minus(KEEP)));
            s.executeUpdate();
        }
    }
}
