package com.cumulus.commerce.platform.documents;

/** A document database (Cosmos DB for NoSQL in Azure): named containers of JSON documents. */
@FunctionalInterface
public interface Documents {

    /** The container of that name, created on first use. */
    DocumentContainer container(String name);
}
