package org.retrogistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retrogistics: one deployable modular monolith; every direct sub-package is a business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
public class RetrogisticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetrogisticsApplication.class, args);
    }
}
