package org.retrogistics.web.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP limits of the API: the largest request body, and the deepest page a list serves (with the largest page size
 * of 1,000 that is an offset of ten million rows, well inside what the database pages through).
 */
@ConfigurationProperties("retrogistics.api")
public record WebSettings(@DefaultValue("1048576") int maxRequestBytes, @DefaultValue("10000") int maxPage) {}
