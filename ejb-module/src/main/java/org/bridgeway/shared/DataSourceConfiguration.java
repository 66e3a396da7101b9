package org.bridgeway.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the application. Connection settings come from MicroProfile Config, so environment
 * variables (BRIDGEWAY_DB_URL, BRIDGEWAY_DB_USER, BRIDGEWAY_DB_PASSWORD) set them; nothing is committed.
 * The PostgreSQL driver ships in the EAR's lib/, so no server-side pool needs to be created by hand.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=bridgeway.db.url}",
        user = "${MPCONFIG=bridgeway.db.user}",
        password = "${MPCONFIG=bridgeway.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"})
@Singleton
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/bridgeway";
}
