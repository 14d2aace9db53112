package com.cumulus.commerce.platform.messaging;

/** The message's lock expired, was released, or was lost in a restart; someone else may hold it now. */
public class LockLostException extends RuntimeException {

    public LockLostException(String message) {
        super(message);
    }
}
