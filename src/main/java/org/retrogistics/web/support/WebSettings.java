package org.retrogistics.web.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** HTTP limits of the API. */
@ConfigurationProperties("retrogistics.api")
public record WebSettings(@DefaultValue("1048576") int maxRequestBytes) {}
