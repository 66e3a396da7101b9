package org.bridgeway.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The tests' PostgreSQL, from the test JVM (client-side tests set up data and check results with it). */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getenv("BRIDGEWAY_DB_URL"), System.getenv("BRIDGEWAY_DB_USER"),
                System.getenv("BRIDGEWAY_DB_PASSWORD"));
    }

    /** Runs a statement that returns one number (an id from "returning id", or a count). */
    static long number(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
