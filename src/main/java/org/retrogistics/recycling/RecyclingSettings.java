package org.retrogistics.recycling;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Recycling settings. {@code unuDataDir}: a directory holding a newer release of the UNU e-waste key tables
 * ({@code htbl_Key_Weight.csv}, {@code htbl_Key_Description.csv}, {@code htbl_Key_Aggregates.csv}); when unset or
 * incomplete, the copy shipped in the application ({@code classpath:recycling/unu/}) is used, so the application always
 * starts with weights to estimate from.
 */
@ConfigurationProperties("retrogistics.recycling")
public record RecyclingSettings(Path unuDataDir) {}
