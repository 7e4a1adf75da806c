package org.attune.database;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while Hibernate builds its session factory, which is after WildFly has bound the datasource
 * and before Hibernate validates the schema ({@code hibernate.hbm2ddl.auto=validate}). Registered through
 * {@code META-INF/services}. A failed migration fails the deployment: the application never runs on a schema
 * it does not know.
 */
public class FlywayIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        var flyway = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        var version = flyway.info().current().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + applied + " migrations applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to undo: the schema outlives the session factory.
    }
}
