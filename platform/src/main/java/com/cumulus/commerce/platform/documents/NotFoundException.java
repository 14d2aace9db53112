package com.cumulus.commerce.platform.documents;

/** Thrown when no such document (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
