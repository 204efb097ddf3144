package org.oneplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OnePlan: one personalised care and support plan that the person owns. */
@SpringBootApplication
@EnableScheduling
public class OnePlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(OnePlanApplication.class, args);
    }
}
