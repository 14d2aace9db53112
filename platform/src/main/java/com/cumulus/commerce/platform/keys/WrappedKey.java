package com.cumulus.commerce.platform.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A data key encrypted by a vault key. The version is kept so that data wrapped before a rotation unwraps
 * under the version that wrapped it. The bytes are not secret (only the vault can unwrap them), but
 * {@link #toString()} leaves them out all the same.
 */
public record WrappedKey(String keyName, String keyVersion, String algorithm, byte[] bytes) {

    private static final byte FORMAT = 1;

    public WrappedKey {
        requireText(keyName, "keyName");
        requireText(keyVersion, "keyVersion");
        requireText(algorithm, "algorithm");
        Objects.requireNonNull(bytes, "'bytes' must not be null");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("'bytes' must not be empty");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** A compact text form (base64url) to store beside the data, e.g. one per user in a profile. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(toBinary());
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when {@code encoded} is not that form
     */
    public static WrappedKey decode(String encoded) {
        Objects.requireNonNull(encoded, "'encoded' must not be null");
        try {
            var in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded));
            var key = readFrom(in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("'encoded' has trailing bytes");
            }
            return key;
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("'encoded' is not an encoded wrapped key", e);
        }
    }

    /** The binary layout: format byte, then name, version and algorithm (u8 length + UTF-8), bytes (u16 length). */
    byte[] toBinary() {
        var name = keyName.getBytes(StandardCharsets.UTF_8);
        var version = keyVersion.getBytes(StandardCharsets.UTF_8);
        var alg = algorithm.getBytes(StandardCharsets.UTF_8);
        if (name.length > 255 || version.length > 255 || alg.length > 255 || bytes.length > 0xFFFF) {
            throw new IllegalStateException("wrapped key fields too long to encode");
        }
        var out = ByteBuffer.allocate(1 + 3 + name.length + version.length + alg.length + 2 + bytes.length);
        out.put(FORMAT);
        out.put((byte) name.length).put(name);
        out.put((byte) version.length).put(version);
        out.put((byte) alg.length).put(alg);
        out.putShort((short) bytes.length).put(bytes);
        return out.array();
    }

    /** Reads one wrapped key from {@code in}, leaving it just past it. */
    static WrappedKey readFrom(ByteBuffer in) {
        if (in.get() != FORMAT) {
            throw new IllegalArgumentException("unknown wrapped key format");
        }
        var name = readText(in);
        var version = readText(in);
        var alg = readText(in);
        var bytes = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(bytes);
        return new WrappedKey(name, version, alg, bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrappedKey other && keyName.equals(other.keyName) && keyVersion.equals(other.keyVersion)
                && algorithm.equals(other.algorithm) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, keyVersion, algorithm, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "WrappedKey[keyName=" + keyName + ", keyVersion=" + keyVersion + ", algorithm=" + algorithm
                + ", " + bytes.length + " bytes]";
    }

    private static String readText(ByteBuffer in) {
        var text = new byte[Byte.toUnsignedInt(in.get())];
        in.get(text);
        return new String(text, StandardCharsets.UTF_8);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}
