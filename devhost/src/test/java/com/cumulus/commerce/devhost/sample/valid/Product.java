package com.cumulus.commerce.devhost.sample.valid;

/** A sample request and message body. */
public record Product(String sku, String title) {
}
