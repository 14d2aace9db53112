package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Documents} must do, run against each implementation by a subclass. Queries are covered
 * by {@link DocumentQueryContract}.
 */
public abstract class DocumentsContract extends StoreContract<Documents> {

    private Documents documents() {
        return store();
    }

    protected DocumentContainer container(String name) {
        return documents().container(name);
    }

    /**
     * Capability switch: true where the service stamps each write with its own clock in whole seconds (Cosmos DB's
     * {@code _ts}) rather than taking the platform clock. Such a timestamp is checked against the wall clock.
     */
    protected boolean serviceStampsWriteTime() {
        return false;
    }

    private void assertStampedNow(Instant timestamp, Instant wallClockBefore) {
        if (serviceStampsWriteTime()) {
            assertThat(timestamp).isBetween(wallClockBefore.truncatedTo(ChronoUnit.SECONDS), Instant.now());
        } else {
            assertThat(timestamp).isEqualTo(clock.now());
        }
    }

    static String body(String id, int n) {
        return "{\"id\":\"" + id + "\",\"n\":" + n + "}";
    }

    @Test
    void createdDocumentReadsBackWithEtagLsnAndTimestamp() {
        var orders = container("orders");
        Instant before = Instant.now();

        Document created = orders.create("c1", "o1", body("o1", 1));

        assertThat(created.etag()).isNotBlank();
        assertThat(created.lsn()).isPositive();
        assertStampedNow(created.timestamp(), before);
        assertThat(orders.read("c1", "o1")).contains(created);
        assertThat(orders.read("c1", "missing")).isEmpty();
        assertThat(orders.read("c2", "o1")).as("another partition").isEmpty();
    }

    @Test
    void createOfAnExistingIdConflicts() {
        var orders = container("orders");
        orders.create("c1", "o1", body("o1", 1));

        assertThatThrownBy(() -> orders.create("c1", "o1", body("o1", 2))).isInstanceOf(ConflictException.class);
        assertThat(orders.read("c1", "o1").orElseThrow().json()).isEqualTo(body("o1", 1));
        assertThat(orders.create("c2", "o1", body("o1", 3)).partitionKey()).isEqualTo("c2");
    }

    @Test
    void everyWriteGetsANewEtagAndAHigherLsn() {
        var orders = container("orders");
        Document first = orders.upsert("c1", "o1", body("o1", 1));
        Document second = orders.upsert("c1", "o1", body("o1", 2));
        Document third = orders.replace("c1", "o1", body("o1", 3), second.etag());

        assertThat(List.of(first.etag(), second.etag(), third.etag())).doesNotHaveDuplicates();
        assertThat(second.lsn()).isGreaterThan(first.lsn());
        assertThat(third.lsn()).isGreaterThan(second.lsn());
        assertThat(orders.read("c1", "o1").orElseThrow().json()).isEqualTo(body("o1", 3));
    }

    @Test
    void staleEtagIsRejectedOnReplace() {
        var orders = container("orders");
        Document first = orders.create("c1", "o1", body("o1", 1));
        orders.replace("c1", "o1", body("o1", 2), first.etag());

        assertThatThrownBy(() -> orders.replace("c1", "o1", body("o1", 3), first.etag()))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(orders.read("c1", "o1").orElseThrow().json()).isEqualTo(body("o1", 2));
    }

    @Test
    void unconditionalReplaceIgnoresEtagButNeedsTheDocument() {
        var orders = container("orders");
        orders.create("c1", "o1", body("o1", 1));

        assertThat(orders.replace("c1", "o1", body("o1", 2), null).json()).isEqualTo(body("o1", 2));
        assertThatThrownBy(() -> orders.replace("c1", "nope", body("nope", 1), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(orders.read("c1", "nope")).isEmpty();
    }

    @Test
    void staleEtagIsRejectedOnDelete() {
        var orders = container("orders");
        Document first = orders.create("c1", "o1", body("o1", 1));
        Document second = orders.upsert("c1", "o1", body("o1", 2));

        assertThatThrownBy(() -> orders.delete("c1", "o1", first.etag()))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(orders.read("c1", "o1")).isPresent();
        assertThat(orders.delete("c1", "o1", second.etag())).isTrue();
        assertThat(orders.read("c1", "o1")).isEmpty();
        assertThat(orders.delete("c1", "o1", null)).as("nothing left to delete").isFalse();
    }

    @Test
    void writesOfAnythingButAJsonObjectAreRejected() {
        var orders = container("orders");

        for (String notAnObject : List.of("[1,2]", "42", "\"text\"", "null", "{\"open\":", "not json", "{} {}")) {
            assertThatThrownBy(() -> orders.upsert("c1", "o1", notAnObject))
                    .as(notAnObject).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(orders.read("c1", "o1")).isEmpty();
    }

    @Test
    void containersAreSeparate() {
        container("orders").create("p", "x", body("x", 1));

        assertThat(container("carts").read("p", "x")).isEmpty();
        assertThat(container("carts").create("p", "x", body("x", 2)).json()).isEqualTo(body("x", 2));
    }

    @Test
    void batchAppliesEveryOperationInOrder() {
        var orders = container("orders");
        Document existing = orders.create("c1", "keep", body("keep", 1));
        orders.create("c1", "gone", body("gone", 1));

        List<Document> results = orders.executeBatch("c1", List.of(
                new BatchOperation.Create("new", body("new", 1)),
                new BatchOperation.Upsert("up", body("up", 1)),
                new BatchOperation.Replace("keep", body("keep", 2), existing.etag()),
                new BatchOperation.Delete("gone", null)));

        assertThat(results).hasSize(4);
        assertThat(results.get(2).json()).isEqualTo(body("keep", 2));
        assertThat(results.subList(0, 3)).extracting(Document::lsn).isSorted();
        assertThat(orders.read("c1", "new")).isPresent();
        assertThat(orders.read("c1", "up")).isPresent();
        assertThat(orders.read("c1", "keep").orElseThrow().json()).isEqualTo(body("keep", 2));
        assertThat(orders.read("c1", "gone")).isEmpty();
    }

    @Test
    void batchWithAStaleEtagAppliesNothing() {
        var orders = container("orders");
        Document stock = orders.create("sku-1", "stock", body("stock", 5));
        orders.upsert("sku-1", "stock", body("stock", 4));

        assertThatThrownBy(() -> orders.executeBatch("sku-1", List.of(
                        new BatchOperation.Create("reservation-1", body("reservation-1", 1)),
                        new BatchOperation.Upsert("outbox-1", body("outbox-1", 1)),
                        new BatchOperation.Replace("stock", body("stock", 3), stock.etag()))))
                .isInstanceOfSatisfying(BatchFailedException.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(PreconditionFailedException.class);
                });
        assertThat(orders.read("sku-1", "reservation-1")).isEmpty();
        assertThat(orders.read("sku-1", "outbox-1")).isEmpty();
        assertThat(orders.read("sku-1", "stock").orElseThrow().json()).isEqualTo(body("stock", 4));
    }

    @Test
    void batchFailureNamesTheFirstFailingOperation() {
        var orders = container("orders");
        Document stock = orders.create("sku-1", "stock", body("stock", 5));
        orders.upsert("sku-1", "stock", body("stock", 4));

        assertThatThrownBy(() -> orders.executeBatch("sku-1", List.of(
                        new BatchOperation.Upsert("a", body("a", 1)),
                        new BatchOperation.Create("a", body("a", 2)),
                        new BatchOperation.Delete("stock", stock.etag()))))
                .isInstanceOfSatisfying(BatchFailedException.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                });
        assertThatThrownBy(() -> orders.executeBatch("sku-1", List.of(
                        new BatchOperation.Delete("stock", stock.etag()))))
                .isInstanceOfSatisfying(BatchFailedException.class,
                        e -> assertThat(e.getCause()).isInstanceOf(PreconditionFailedException.class));
        assertThat(orders.read("sku-1", "a")).isEmpty();
        assertThat(orders.read("sku-1", "stock")).isPresent();
    }

    @Test
    void failedBatchDoesNotShowInTheChangeFeed() {
        var orders = container("orders");
        ChangeFeed feed = orders.changeFeed("relay");
        orders.create("c1", "o1", body("o1", 1));

        assertThatThrownBy(() -> orders.executeBatch("c1", List.of(
                        new BatchOperation.Upsert("o2", body("o2", 1)),
                        new BatchOperation.Create("o1", body("o1", 2)))))
                .isInstanceOf(BatchFailedException.class);
        orders.upsert("c1", "o3", body("o3", 1));

        assertThat(feed.next(10)).extracting(Document::id).containsExactly("o1", "o3");
    }

    @Test
    void changeFeedIsInCommitOrderAcrossPartitions() {
        var orders = container("orders");
        orders.create("c2", "a", body("a", 1));
        orders.create("c1", "b", body("b", 1));
        orders.create("c2", "c", body("c", 1));
        orders.create("c1", "d", body("d", 1));

        List<Document> changes = orders.changeFeed("relay").next(10);

        assertThat(changes).extracting(Document::id).containsExactly("a", "b", "c", "d");
        assertThat(changes).extracting(Document::lsn).isSorted().doesNotHaveDuplicates();
        assertThat(changes).filteredOn(d -> d.partitionKey().equals("c1")).extracting(Document::id)
                .containsExactly("b", "d");
    }

    @Test
    void changeFeedShowsTheLatestVersionOnceAndNoDeletes() {
        var orders = container("orders");
        orders.create("c1", "a", body("a", 1));
        orders.create("c1", "b", body("b", 1));
        orders.create("c1", "c", body("c", 1));
        orders.upsert("c1", "a", body("a", 2));
        orders.delete("c1", "b", null);

        List<Document> changes = orders.changeFeed("relay").next(10);

        assertThat(changes).extracting(Document::id).containsExactly("c", "a");
        assertThat(changes.get(1).json()).isEqualTo(body("a", 2));
    }

    @Test
    void changeFeedHandsOutBatchesAndThenNothing() {
        var orders = container("orders");
        for (int i = 0; i < 5; i++) {
            orders.create("c1", "o" + i, body("o" + i, i));
        }
        ChangeFeed feed = orders.changeFeed("relay");

        assertThat(feed.next(2)).extracting(Document::id).containsExactly("o0", "o1");
        assertThat(feed.next(2)).extracting(Document::id).containsExactly("o2", "o3");
        assertThat(feed.next(2)).extracting(Document::id).containsExactly("o4");
        assertThat(feed.next(2)).isEmpty();
        orders.upsert("c1", "o1", body("o1", 9));
        assertThat(feed.next(2)).extracting(Document::id).containsExactly("o1");
        assertThat(feed.checkpointed()).as("nothing checkpointed yet").isZero();
    }

    @Test
    void changeFeedResumesFromTheDurableCheckpointAfterARestart() throws Exception {
        var orders = container("orders");
        for (int i = 0; i < 4; i++) {
            orders.create("c" + (i % 2), "o" + i, body("o" + i, i));
        }
        ChangeFeed feed = orders.changeFeed("relay");
        List<Document> firstTwo = feed.next(2);
        feed.checkpoint(firstTwo.get(1).lsn());
        assertThat(feed.next(10)).extracting(Document::id).containsExactly("o2", "o3");

        ChangeFeed resumed = restart().container("orders").changeFeed("relay");

        assertThat(resumed.checkpointed()).isEqualTo(firstTwo.get(1).lsn());
        assertThat(resumed.next(10)).as("handed out but not checkpointed: delivered again")
                .extracting(Document::id).containsExactly("o2", "o3");
    }

    @Test
    void rewindRedeliversWhatWasHandedOutSinceTheCheckpoint() {
        var orders = container("orders");
        for (int i = 0; i < 3; i++) {
            orders.create("c1", "o" + i, body("o" + i, i));
        }
        ChangeFeed feed = orders.changeFeed("relay");
        feed.checkpoint(feed.next(1).get(0).lsn());
        assertThat(feed.next(10)).extracting(Document::id).containsExactly("o1", "o2");

        feed.rewind();

        assertThat(feed.next(10)).extracting(Document::id).containsExactly("o1", "o2");
        assertThat(feed.next(10)).isEmpty();
    }

    @Test
    void aCheckpointTakenThroughAnotherFeedOfTheSameLeaseIsHonoured() {
        var orders = container("orders");
        for (int i = 0; i < 4; i++) {
            orders.create("c1", "o" + i, body("o" + i, i));
        }
        ChangeFeed previousOwner = orders.changeFeed("relay");
        ChangeFeed newOwner = orders.changeFeed("relay");

        previousOwner.checkpoint(previousOwner.next(2).get(1).lsn());

        assertThat(newOwner.checkpointed()).isEqualTo(previousOwner.checkpointed());
        assertThat(newOwner.next(10)).extracting(Document::id).containsExactly("o2", "o3");
    }

    @Test
    void leasesAreIndependent() throws Exception {
        var orders = container("orders");
        for (int i = 0; i < 3; i++) {
            orders.create("c1", "o" + i, body("o" + i, i));
        }
        ChangeFeed relay = orders.changeFeed("relay");
        ChangeFeed search = orders.changeFeed("search-index");
        relay.checkpoint(relay.next(3).get(2).lsn());

        assertThat(search.next(10)).extracting(Document::id).containsExactly("o0", "o1", "o2");
        assertThat(search.checkpointed()).isZero();
        assertThat(container("carts").changeFeed("relay").next(10)).as("same lease name, other container").isEmpty();

        var reopened = restart().container("orders");
        assertThat(reopened.changeFeed("relay").next(10)).isEmpty();
        assertThat(reopened.changeFeed("search-index").next(10)).hasSize(3);
    }

    @Test
    void concurrentWritersAppearInTheChangeFeedExactlyOnceInLsnOrder() throws Exception {
        var orders = container("orders");
        int writers = 4;
        int perWriter = 150;
        ChangeFeed feed = orders.changeFeed("relay");
        List<Document> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String partition = "writer-" + w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        orders.create(partition, partition + "-" + i, body(partition + "-" + i, i));
                    }
                }));
            }
            Future<?> allWritten = pool.submit(() -> {
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
                writing.set(false);
                return null;
            });
            while (writing.get()) {
                seen.addAll(feed.next(37));
            }
            allWritten.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        for (List<Document> batch = feed.next(100); !batch.isEmpty(); batch = feed.next(100)) {
            seen.addAll(batch);
        }

        assertThat(seen).hasSize(writers * perWriter);
        assertThat(seen).extracting(Document::id).doesNotHaveDuplicates();
        assertThat(seen).extracting(Document::lsn).isSorted().doesNotHaveDuplicates();
        for (int w = 0; w < writers; w++) {
            String partition = "writer-" + w;
            assertThat(seen).filteredOn(d -> d.partitionKey().equals(partition))
                    .extracting(d -> Integer.parseInt(d.id().substring(partition.length() + 1)))
                    .as("per-partition order").isSorted();
        }
        Set<Long> fromZero = new HashSet<>();
        orders.changeFeed("audit").next(writers * perWriter).forEach(d -> fromZero.add(d.lsn()));
        assertThat(fromZero).hasSize(writers * perWriter);
    }

    @Test
    void documentsSurviveARestart() throws Exception {
        Document written = container("orders").create("c1", "o1", body("o1", 1));
        clock.advance(Duration.ofMinutes(5));

        var reopened = restart().container("orders");

        assertThat(reopened.read("c1", "o1")).contains(written);
        Instant before = Instant.now();
        Document next = reopened.upsert("c1", "o2", body("o2", 1));
        assertThat(next.lsn()).as("LSNs keep rising after a restart").isGreaterThan(written.lsn());
        assertStampedNow(next.timestamp(), before);
    }

    @Test
    void lsnOfADeletedNewestDocumentIsNotHandedOutAgainAfterARestart() throws Exception {
        DocumentContainer orders = container("orders");
        orders.upsert("c1", "o1", body("o1", 1));
        Document newest = orders.upsert("c1", "o2", body("o2", 1));
        assertThat(orders.delete("c1", "o2", null)).isTrue();

        Document next = restart().container("orders").upsert("c1", "o3", body("o3", 1));

        assertThat(next.lsn()).as("an LSN is never reused, even when its document is gone").isGreaterThan(newest.lsn());
    }

    @Test
    void lsnOfEveryDeletedDocumentStaysUsedAfterARestart() throws Exception {
        DocumentContainer carts = container("carts");
        long highest = 0;
        for (int i = 0; i < 5; i++) {
            highest = carts.upsert("c1", "cart-" + i, body("cart-" + i, i)).lsn();
            assertThat(carts.delete("c1", "cart-" + i, null)).isTrue();
        }

        Document next = restart().container("carts").create("c1", "cart-new", body("cart-new", 1));

        assertThat(next.lsn()).isGreaterThan(highest);
    }
}
