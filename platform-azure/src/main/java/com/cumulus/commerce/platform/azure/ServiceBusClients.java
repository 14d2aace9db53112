package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.administration.ServiceBusAdministrationClient;
import com.azure.messaging.servicebus.administration.ServiceBusAdministrationClientBuilder;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import com.azure.messaging.servicebus.models.SubQueue;
import com.cumulus.commerce.platform.config.AppSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where the Service Bus adapters get their SDK clients: one sender per queue or topic, one peek-lock receiver per
 * entity, and the administration client. Tests hand the adapters mocks through this seam.
 */
interface ServiceBusClients extends AutoCloseable {

    ServiceBusSenderClient queueSender(String queue);

    ServiceBusSenderClient topicSender(String topic);

    ServiceBusReceiverClient receiver(ServiceBusEntity entity);

    ServiceBusAdministrationClient administration();

    @Override
    void close();

    /** The Functions connection that the Service Bus triggers and these clients share. */
    String CONNECTION = "ServiceBusConnection";

    static ServiceConnection connection(AppSettings settings) {
        return ServiceConnection.named(settings, CONNECTION);
    }

    /**
     * The SDK's clients on one namespace, sharing one AMQP connection. Receivers renew no lock by themselves
     * (the port renews explicitly) and prefetch nothing, so a receive locks only what it returns.
     */
    static ServiceBusClients open(ServiceConnection connection) {
        ServiceBusClientBuilder builder = new ServiceBusClientBuilder();
        ServiceBusAdministrationClientBuilder admin = new ServiceBusAdministrationClientBuilder();
        var connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            try {
                builder.connectionString(connectionString.get());
                admin.connectionString(connectionString.get());
            } catch (IllegalArgumentException | NullPointerException e) {
                // the SDK's message may quote the string, key included
                throw new IllegalStateException("app setting '" + connection.name()
                        + "' is not a Service Bus connection string");
            }
        } else {
            String namespace = connection.requireProperty("fullyQualifiedNamespace");
            TokenCredential credential = connection.credential();
            builder.credential(namespace, credential);
            admin.credential(namespace, credential);
        }
        return new SdkClients(builder, admin::buildClient);
    }

    final class SdkClients implements ServiceBusClients {

        private final ServiceBusClientBuilder builder;
        private final Supplier<ServiceBusAdministrationClient> administration;
        private final Map<String, ServiceBusSenderClient> senders = new ConcurrentHashMap<>();
        private final Map<String, ServiceBusReceiverClient> receivers = new ConcurrentHashMap<>();
        private volatile ServiceBusAdministrationClient admin;

        private SdkClients(ServiceBusClientBuilder builder, Supplier<ServiceBusAdministrationClient> administration) {
            this.builder = builder;
            this.administration = administration;
        }

        @Override
        public ServiceBusSenderClient queueSender(String queue) {
            return senders.computeIfAbsent("queue:" + queue, key -> builder.sender().queueName(queue).buildClient());
        }

        @Override
        public ServiceBusSenderClient topicSender(String topic) {
            return senders.computeIfAbsent("topic:" + topic, key -> builder.sender().topicName(topic).buildClient());
        }

        @Override
        public ServiceBusReceiverClient receiver(ServiceBusEntity entity) {
            return receivers.computeIfAbsent(entity.path(), path -> {
                var receiver = builder.receiver().receiveMode(ServiceBusReceiveMode.PEEK_LOCK)
                        .maxAutoLockRenewDuration(Duration.ZERO).prefetchCount(0);
                if (entity.isSubscription()) {
                    receiver.topicName(entity.queueOrTopic()).subscriptionName(entity.subscription());
                } else {
                    receiver.queueName(entity.queueOrTopic());
                }
                if (entity.deadLetter()) {
                    receiver.subQueue(SubQueue.DEAD_LETTER_QUEUE);
                }
                return receiver.buildClient();
            });
        }

        @Override
        public ServiceBusAdministrationClient administration() {
            var client = admin;
            if (client == null) {
                synchronized (this) {
                    if (admin == null) {
                        admin = administration.get();
                    }
                    client = admin;
                }
            }
            return client;
        }

        @Override
        public void close() {
            senders.values().forEach(ServiceBusSenderClient::close);
            receivers.values().forEach(ServiceBusReceiverClient::close);
            senders.clear();
            receivers.clear();
        }
    }
}
