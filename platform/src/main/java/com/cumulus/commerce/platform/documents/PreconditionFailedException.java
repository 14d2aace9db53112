package com.cumulus.commerce.platform.documents;

/** Thrown when the stored document's ETag no longer matches (HTTP 412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
