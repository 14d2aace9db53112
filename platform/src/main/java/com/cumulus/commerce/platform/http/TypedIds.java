package com.cumulus.commerce.platform.http;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Typed ids in JSON as the plain string they stand for, so that a model holding {@link Sku} or {@link OrderId}
 * writes and reads the same stored shape as when it held the string. Every id's {@code toString} is its value;
 * text that breaks an id's rule fails the read as any malformed value does.
 */
public final class TypedIds extends SimpleModule {

    /** The kernel's ids; an app adds its own with {@link #id}. */
    public TypedIds() {
        super("typed-ids");
        id(Sku.class, Sku::of);
        id(OrderId.class, OrderId::of);
    }

    public <T> TypedIds id(Class<T> type, Function<String, T> factory) {
        Objects.requireNonNull(factory, "'factory' must not be null");
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, parser));
                }
                var text = parser.getText();
                try {
                    return factory.apply(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        });
        return this;
    }
}
