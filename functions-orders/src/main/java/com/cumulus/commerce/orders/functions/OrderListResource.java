package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.platform.documents.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A page of the caller's orders; the token is left out on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderListResource(List<OrderResource> items, String continuationToken) {

    static OrderListResource of(Page<Order> page) {
        return new OrderListResource(page.items().stream().map(OrderResource::of).toList(), page.next().orElse(null));
    }
}
