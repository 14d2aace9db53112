package com.cumulus.commerce.platform.documents;

/** Thrown when a document with that id already exists (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
