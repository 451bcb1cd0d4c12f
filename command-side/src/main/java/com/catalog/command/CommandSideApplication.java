package com.catalog.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side: sellers' and admins' commands become events in the PostgreSQL event store. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

    /** Axon reads only this system property (or an env variable), not Spring config. */
    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        // a production service must not phone home or write ~/.axoniq; -D...=false still turns it back on
        System.getProperties().putIfAbsent(UPDATE_CHECKER_DISABLED, "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
