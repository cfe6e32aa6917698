package org.example.blockparty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A city's National Night Out site: its block parties as a calendar feed and as JSON. */
@SpringBootApplication
public class BlockPartyApplication {

    public static void main(String[] args) {
        SpringApplication.run(BlockPartyApplication.class, args);
    }
}
