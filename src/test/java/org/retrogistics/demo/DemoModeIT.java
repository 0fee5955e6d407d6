package org.retrogistics.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.EmbeddedPostgresDefault;
import org.retrogistics.RetrogisticsApplication;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo mode (docs/adr/0015): the embedded default, whose demo users have published passwords, answers this machine
 * only; a configured database is not demo mode and never receives the demo users unless asked.
 */
class DemoModeIT extends ApiTestSupport {

    @Autowired
    Environment environment;

    @Test
    void theEmbeddedDefaultListensOnLoopbackOnly() throws IOException {
        assertThat(environment.getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG))
                .isEqualTo("true");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        try (Socket local = new Socket("127.0.0.1", port)) {
            assertThat(local.isConnected()).isTrue();
        }
        // the machine's other addresses do not answer
        Optional<InetAddress> other = nonLoopbackAddress();
        if (other.isPresent()) {
            assertThatThrownBy(() -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress(other.get(), port), 2_000);
                        }
                    })
                    .as("connecting to %s:%d", other.get(), port)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aConfiguredDatabaseGetsNoDemoUsersAndIsNotForcedOntoLoopback() {
        String database =
                "demo_mode_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("create database " + database).update();
        String url = environment
                .getRequiredProperty("spring.datasource.url")
                .replaceFirst("/" + "retrogistics" + "(\\?|$)", "/" + database + "$1");
        assertThat(url).contains("/" + database);
        // no retrogistics.demo.seed given: what application.yml says by default applies
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RetrogisticsApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from app_user").query(Long.class).single())
                    .isZero();
            assertThat(db.sql("select count(*) from client").query(Long.class).single())
                    .isZero();
            assertThat(app.getEnvironment().getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG))
                    .isNull();
            assertThat(app.getEnvironment().getProperty("server.address")).isNull();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
