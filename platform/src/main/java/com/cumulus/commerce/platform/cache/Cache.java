package com.cumulus.commerce.platform.cache;

import java.time.Duration;
import java.util.Optional;

/** A shared cache (Azure Cache for Redis): string values with a time to live. Losing it loses nothing. */
public interface Cache {

    Optional<String> get(String key);

    void put(String key, String value, Duration timeToLive);

    void delete(String key);
}
