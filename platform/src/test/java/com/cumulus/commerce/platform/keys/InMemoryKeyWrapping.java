package com.cumulus.commerce.platform.keys;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in vault for unit tests of what sits on {@link KeyWrapping}: the "wrapped" bytes are a random
 * handle to the data key kept in memory, which is enough to test envelopes without RSA.
 */
final class InMemoryKeyWrapping implements KeyWrapping {

    private final Map<String, Map<String, byte[]>> wrappedByKey = new ConcurrentHashMap<>();

    @Override
    public WrappedKey wrap(String keyName, byte[] dataKey) {
        String handle = UUID.randomUUID().toString();
        wrappedByKey.computeIfAbsent(keyName, k -> new ConcurrentHashMap<>()).put(handle, dataKey.clone());
        return new WrappedKey(keyName, "1", RSA_OAEP_256, handle.getBytes());
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped) {
        var handles = wrappedByKey.get(wrapped.keyName());
        if (handles == null) {
            throw new KeyDeletedException(wrapped.keyName(), wrapped.keyVersion());
        }
        byte[] key = handles.get(new String(wrapped.bytes()));
        if (key == null) {
            throw new IllegalArgumentException("'wrapped' was not wrapped here");
        }
        return key.clone();
    }

    @Override
    public void rotate(String keyName) {
        // one version is enough for these tests
    }

    @Override
    public void delete(String keyName) {
        wrappedByKey.remove(keyName);
    }
}
