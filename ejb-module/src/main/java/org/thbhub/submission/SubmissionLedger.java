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
import java.util.Optional;
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
     * Records the submission and its bytes; flushed, so plain JDBC in the same transaction sees it.
     */
    public void register(Submission submission, Optional<Path> originalBytes) {
        em.persist(submission);
        em.flush();
        originalBytes.ifPresent(file -> storeFile(submission.id(), file));
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
