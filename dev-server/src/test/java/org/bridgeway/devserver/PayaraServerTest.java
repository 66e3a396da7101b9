package org.bridgeway.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PayaraServerTest {

    @Test
    void portsFollowThePortBaseLikeAsadminCreateDomain() {
        var server = new PayaraServer(Path.of("/opt/payara6"), "bridgeway-dev", 28000);
        assertThat(server.adminPort()).isEqualTo(28048);
        assertThat(server.httpPort()).isEqualTo(28080);
        assertThat(server.domainDirectory()).isEqualTo(Path.of("/opt/payara6/glassfish/domains/bridgeway-dev"));
    }
}
