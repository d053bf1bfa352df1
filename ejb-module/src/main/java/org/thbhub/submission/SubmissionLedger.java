package org.thbhub.submission;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.thbhub.reference.CountryCode;

/** Where submissions and their original bytes are kept, in the caller's transaction. */
@Stateless
public class SubmissionLedger {

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    private DataSource dataSource;

    /**
     * The earliest accepted submission with these bytes, if any; limited to one country's
     * submissions when given, so that a duplicate never points into another country's data.
     */
    public Optional<SubmissionId> acceptedWithSameBytes(
            String sha256, Optional<CountryCode> country) {
        String byCountry = country.isPresent() ? " and s.country = :country" : "";
        var query =
                em.createQuery(
                        "select s from Submission s where s.sha256 = :sha and s.status = :accepted"
                                + byCountry
                                + " order by s.receivedAt",
                        Submission.class);
        country.ifPresent(c -> query.setParameter("country", c));
        return query.setParameter("sha", sha256)
                .setParameter("accepted", SubmissionStatus.ACCEPTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(Submission::id);
    }

    /**
     * Records the submission, its bytes and, for a folder channel's file, its delivery: all in the
     * caller's transaction, so a delivery is marked judged exactly when its submission commits.
     * Flushed, so plain JDBC in the same transaction sees it.
     */
    public void register(
            Submission submission, Optional<Path> originalBytes, Optional<Delivery> delivery) {
        em.persist(submission);
        em.flush();
        originalBytes.ifPresent(file -> storeFile(submission.id(), file));
        delivery.ifPresent(d -> storeDelivery(submission, d));
    }

    /** The submission that judged this delivery while its file still waits in the inbox. */
    public Optional<Submission> judgedDelivery(DeliveryKey key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement(
                                "select submission_id from delivery where pending_key = ?")) {
            select.setString(1, key.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(find(new SubmissionId(rs.getObject(1, UUID.class))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up delivery " + key, e);
        }
    }

    /**
     * The delivery's file has left the inbox: a later file that looks the same is a new delivery.
     */
    public void archived(DeliveryKey key, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement(
                                "update delivery set pending_key = null, archived_at = ?"
                                        + " where pending_key = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, key.value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark delivery " + key + " archived", e);
        }
    }

    private void storeDelivery(Submission submission, Delivery delivery) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into delivery (submission_id, pending_key, channel, source,"
                                        + " size_bytes, modified_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, submission.id().value());
            insert.setString(2, delivery.key().value());
            insert.setString(3, submission.channel().name());
            insert.setString(4, delivery.source());
            insert.setLong(5, delivery.size());
            insert.setTimestamp(6, delivery.modifiedAt().map(Timestamp::from).orElse(null));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not record the delivery of submission " + submission.id(), e);
        }
    }

    public Submission find(SubmissionId id) {
        return em.find(Submission.class, id.value());
    }

    private void storeFile(SubmissionId id, Path file) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into submission_file (submission_id, content) values (?, ?)");
                InputStream in = Files.newInputStream(file)) {
            insert.setObject(1, id.value());
            insert.setBinaryStream(2, in, Files.size(file));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the bytes of submission " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the original bytes of a submission (a duplicate's are its original's) to {@code out}.
     */
    public void copyFile(Submission submission, OutputStream out) {
        SubmissionId id = submission.duplicateOf().orElse(submission.id());
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement(
                                "select content from submission_file where submission_id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the bytes of submission " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
