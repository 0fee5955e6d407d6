package org.retrogistics.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrogistics.EmbeddedPostgresDefault;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The demo-mode warning: loud on the embedded demo, louder when it is reachable, silent anywhere else. */
@ExtendWith(OutputCaptureExtension.class)
class DemoModeWarningTest {

    private static MockEnvironment embedded(String address) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG, "true")
                .withProperty("local.server.port", "8080");
        if (address != null) {
            environment.setProperty("server.address", address);
        }
        return environment;
    }

    @Test
    void theEmbeddedDemoWarnsThatItsPasswordsArePublic(CapturedOutput output) {
        new DemoModeWarning(new DemoSettings("auto", 10, 10), embedded("127.0.0.1")).warn();
        assertThat(output.getOut())
                .contains("WARN", "DEMO MODE", "PUBLIC", "Listening on 127.0.0.1, port 8080")
                .doesNotContain("reachable from other machines");
    }

    @Test
    void aDemoOpenToOtherMachinesSaysSo(CapturedOutput output) {
        new DemoModeWarning(new DemoSettings("auto", 10, 10), embedded("0.0.0.0")).warn();
        assertThat(output.getOut()).contains("DEMO MODE", "reachable from other machines");
    }

    @Test
    void noWarningWithoutDemoUsers(CapturedOutput output) {
        new DemoModeWarning(new DemoSettings("never", 10, 10), embedded("127.0.0.1")).warn();
        new DemoModeWarning(new DemoSettings("auto", 10, 10), new MockEnvironment()).warn();
        assertThat(output.getOut()).doesNotContain("DEMO MODE");
    }
}
