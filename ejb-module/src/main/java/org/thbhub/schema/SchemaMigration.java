package org.thbhub.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version when the application starts, before anything uses the
 * persistence unit: beans that touch the database at start-up declare
 * {@code @DependsOn("SchemaMigration")}. A failed migration fails the deployment, so a server never
 * serves on a half-migrated schema.
 */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    private DataSource dataSource;

    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        MigrateResult result =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : "none";
        LOG.info(
                () ->
                        "Schema at version %s (%d migrations applied now, database %s)"
                                .formatted(
                                        schemaVersion, result.migrationsExecuted, result.database));
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
