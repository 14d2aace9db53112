package com.cumulus.commerce.platform.documents;

/** A transactional batch applied nothing because operation {@code index} failed with {@code getCause()}. */
public class BatchFailedException extends RuntimeException {

    private final int index;

    public BatchFailedException(int index, RuntimeException cause) {
        super("batch operation " + index + " failed: " + cause.getMessage(), cause);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
