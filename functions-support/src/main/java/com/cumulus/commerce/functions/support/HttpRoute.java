package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The one way an HTTP function goes from request to answer: the request parts it needs (path ids into typed ids,
 * the media type and a strict body into a record, the query) read in the order named, then its use case, then the
 * result mapped to an {@link Answer}. The first part that cannot be read answers its problem and nothing after it
 * runs; a failure that escapes is a bug or an outage, logged once and answered 500. So a function reads
 * <pre>{@code
 * return HttpRoute.of(request, context)
 *         .path(Sku.parse(sku))
 *         .body(AdjustmentBody.class, AdjustmentBody::adjustment)
 *         .answer((id, adjustment) -> StockAnswers.of(adjustStock.adjust(id, adjustment, ...)));
 * }</pre>
 */
public final class HttpRoute {

    private final HttpRequestMessage<Optional<String>> request;
    private final ExecutionContext context;

    private HttpRoute(HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        this.request = Objects.requireNonNull(request, "'request' must not be null");
        this.context = Objects.requireNonNull(context, "'context' must not be null");
    }

    public static HttpRoute of(HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return new HttpRoute(request, context);
    }

    public <A> With1<A> path(Checked<A, Violation> id) {
        return read(RequestParts.path(id));
    }

    public <T, A> With1<A> body(Class<T> type, Function<T, Checked<A, Problem>> check) {
        return read(RequestParts.body(type, check));
    }

    public <A> With1<A> body(Class<A> type) {
        return read(RequestParts.body(List.of(Answer.JSON), type));
    }

    public <A> With1<A> read(RequestPart<A> part) {
        return new With1<>(this, part);
    }

    public HttpResponseMessage answer(Supplier<Answer> handler) {
        return run(request -> Checked.valid(handler.get()));
    }

    private HttpResponseMessage run(RequestPart<Answer> handler) {
        Checked<Answer, Problem> answer;
        try {
            answer = handler.read(request);
        } catch (RuntimeException e) {
            // a bug or an outage: logged once, here, and answered without its details
            context.getLogger().log(Level.SEVERE, context.getFunctionName() + " failed", e);
            answer = Checked.valid(Answer.problem(Problems.internal(context.getInvocationId())));
        }
        return answer instanceof Checked.Refused<Answer, Problem> refused
                ? Answer.problem(refused.reason()).write(request)
                : ((Checked.Valid<Answer, Problem>) answer).value().write(request);
    }

    /** A route that has read one value. */
    public static final class With1<A> {

        private final HttpRoute route;
        private final RequestPart<A> first;

        private With1(HttpRoute route, RequestPart<A> first) {
            this.route = route;
            this.first = first;
        }

        public <B> With2<A, B> path(Checked<B, Violation> id) {
            return read(RequestParts.path(id));
        }

        public <T, B> With2<A, B> body(Class<T> type, Function<T, Checked<B, Problem>> check) {
            return read(RequestParts.body(type, check));
        }

        public <B> With2<A, B> body(Class<B> type) {
            return read(RequestParts.body(List.of(Answer.JSON), type));
        }

        public <B> With2<A, B> read(RequestPart<B> part) {
            return new With2<>(route, first, part);
        }

        public HttpResponseMessage answer(Function<A, Answer> handler) {
            return route.run(request -> first.read(request).then(a -> Checked.valid(handler.apply(a))));
        }
    }

    /** A route that has read two values. */
    public static final class With2<A, B> {

        private final HttpRoute route;
        private final RequestPart<A> first;
        private final RequestPart<B> second;

        private With2(HttpRoute route, RequestPart<A> first, RequestPart<B> second) {
            this.route = route;
            this.first = first;
            this.second = second;
        }

        public <C> With3<A, B, C> path(Checked<C, Violation> id) {
            return read(RequestParts.path(id));
        }

        public <T, C> With3<A, B, C> body(Class<T> type, Function<T, Checked<C, Problem>> check) {
            return read(RequestParts.body(type, check));
        }

        public <C> With3<A, B, C> read(RequestPart<C> part) {
            return new With3<>(route, first, second, part);
        }

        public HttpResponseMessage answer(BiFunction<A, B, Answer> handler) {
            return route.run(request -> first.read(request)
                    .then(a -> second.read(request).then(b -> Checked.valid(handler.apply(a, b)))));
        }
    }

    /** A route that has read three values. */
    public static final class With3<A, B, C> {

        private final HttpRoute route;
        private final RequestPart<A> first;
        private final RequestPart<B> second;
        private final RequestPart<C> third;

        private With3(HttpRoute route, RequestPart<A> first, RequestPart<B> second, RequestPart<C> third) {
            this.route = route;
            this.first = first;
            this.second = second;
            this.third = third;
        }

        public HttpResponseMessage answer(Handler3<A, B, C> handler) {
            return route.run(request -> first.read(request).then(a -> second.read(request)
                    .then(b -> third.read(request).then(c -> Checked.valid(handler.apply(a, b, c))))));
        }
    }

    /** A use case and its mapping, over three values read off the request. */
    @FunctionalInterface
    public interface Handler3<A, B, C> {
        Answer apply(A first, B second, C third);
    }
}
