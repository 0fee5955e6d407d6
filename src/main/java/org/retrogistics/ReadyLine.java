package org.retrogistics;

import org.retrogistics.demo.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The start-up's last line: "ready", the address to open and, on the demo, users to sign in with. Spring Boot sends
 * the ready event after every start-up runner, the demo's seeding included, which is also when readiness turns UP.
 */
@Component
class ReadyLine {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    private final Environment environment;
    private final ObjectProvider<DemoUsers> demo;

    ReadyLine(Environment environment, ObjectProvider<DemoUsers> demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // no web server (a context started without one): nothing to open
        }
        String address = environment.getProperty("server.address", "localhost");
        String host = "0.0.0.0".equals(address) ? "localhost" : address;
        String users = demo.stream()
                .map(DemoUsers::signIn)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .map(u -> "; " + u)
                .orElse("");
        log.info("Retrogistics ready at http://{}:{}/ (console /console){}", host, port, users);
    }
}
