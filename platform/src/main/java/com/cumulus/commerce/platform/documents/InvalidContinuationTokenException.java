package com.cumulus.commerce.platform.documents;

/** Thrown when a continuation token that this query did not issue (HTTP 400). */
public class InvalidContinuationTokenException extends RuntimeException {

    public InvalidContinuationTokenException(String message) {
        super(message);
    }
}
