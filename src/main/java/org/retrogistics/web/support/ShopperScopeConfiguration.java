package org.retrogistics.web.support;

import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.transport.ShipmentManagement;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ShopperScopeGuard} in front of the API's handlers. */
@Configuration(proxyBeanMethods = false)
class ShopperScopeConfiguration implements WebMvcConfigurer {

    private final ReturnManagement returns;
    private final ShipmentManagement shipments;

    ShopperScopeConfiguration(ReturnManagement returns, ShipmentManagement shipments) {
        this.returns = returns;
        this.shipments = shipments;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ShopperScopeGuard(returns, shipments)).addPathPatterns("/api/**");
    }
}
