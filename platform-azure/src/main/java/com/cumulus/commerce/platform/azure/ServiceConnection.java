package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * One connection setting in the form the Functions bindings read, so the setting that serves a trigger also
 * serves the SDK client behind the same service: either a connection string under {@code <name>} (emulators,
 * tests) or the identity-based form, {@code <name>__<property>} ({@code __fullyQualifiedNamespace},
 * {@code __accountEndpoint}, {@code __tableServiceUri}, ...) with {@code __credential} and {@code __clientId}
 * choosing the managed identity. Values are never put in an error message: they may hold keys.
 */
public final class ServiceConnection {

    private final AppSettings settings;
    private final String name;

    private ServiceConnection(AppSettings settings, String name) {
        this.settings = settings;
        this.name = name;
    }

    public static ServiceConnection named(AppSettings settings, String name) {
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        return new ServiceConnection(settings, name);
    }

    public String name() {
        return name;
    }

    /** The connection string under the plain name, if one is set. */
    public Optional<String> connectionString() {
        return settings.get(name);
    }

    /** An identity-based property, {@code <name>__<property>}. */
    public Optional<String> property(String property) {
        return settings.get(name + "__" + property);
    }

    /** An identity-based property that must be set, else a message naming the setting (never its value). */
    public String requireProperty(String property) {
        return property(property).orElseThrow(() -> new IllegalStateException(
                "app setting '" + name + "' or '" + name + "__" + property + "' is not set"));
    }

    /**
     * The credential for the identity-based form: a managed identity when {@code __credential} is
     * {@code managedidentity} (the user-assigned one named by {@code __clientId}, else the system-assigned one),
     * otherwise azure-identity's default chain (developer credentials locally).
     */
    public TokenCredential credential() {
        boolean managed = property("credential").map(c -> c.equalsIgnoreCase("managedidentity")).orElse(false);
        Optional<String> clientId = property("clientId");
        if (managed) {
            var builder = new ManagedIdentityCredentialBuilder();
            clientId.ifPresent(builder::clientId);
            return builder.build();
        }
        var builder = new DefaultAzureCredentialBuilder();
        clientId.ifPresent(builder::managedIdentityClientId);
        return builder.build();
    }
}
