package com.cumulus.commerce.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.PackagedAppContract;
import org.junit.jupiter.api.Test;

/** The payments app as {@code mvn package} stages it for Azure, loaded the way the Java worker loads it. */
class PackagedPaymentsAppIT extends PackagedAppContract {

    @Override
    protected String injectorClass() {
        return PaymentsFunctionInjector.class.getName();
    }

    @Test
    void theLedgersMigrationsCanRunOnAzureSql() {
        assertThat(app.serviceEntries("org.flywaydb.core.extensibility.Plugin"))
                .as("Flyway's database types in lib/: flyway-core alone has no SQL Server")
                .contains("org.flywaydb.database.sqlserver.SQLServerDatabaseType");
        assertThat(jarNames()).noneMatch(name -> name.startsWith("lombok"));
    }
}
