package org.thbhub.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names the sign-in mode, and under demo says that demo users are active: UP, since a
 * demo is a working server, but visible to whoever watches the health of a real deployment. It
 * ships in the EAR's lib/ (see the health jar), so it reads THB_AUTH itself.
 */
@Readiness
@ApplicationScoped
public class DemoModeReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        String mode =
                ConfigProvider.getConfig()
                        .getOptionalValue("THB_AUTH", String.class)
                        .map(m -> m.strip().toLowerCase(Locale.ROOT))
                        .filter(m -> !m.isEmpty())
                        .orElse("demo");
        var response = HealthCheckResponse.named("thb-hub-identity").up().withData("mode", mode);
        if ("demo".equals(mode)) {
            response.withData("warning", "demo users active");
        }
        return response.build();
    }
}
