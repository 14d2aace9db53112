package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link KeyValueTables} must do, run against each implementation by a subclass. */
public abstract class KeyValueTablesContract extends StoreContract<KeyValueTables> {

    private KeyValueTables tables() {
        return store();
    }

    /**
     * Whether the tables stamp an entity's timestamp from the clock they were opened with (the embedded tables)
     * or from their own (Table Storage sets {@code Timestamp} on the service's clock, which a test cannot move;
     * a subclass on such a service answers {@code false} and the timestamp is checked against the real time).
     */
    protected boolean timestampsFollowTheClock() {
        return true;
    }

    private static TableEntity cart(String rowKey, long quantity) {
        return TableEntity.of("user-1", rowKey, Map.of("sku", "SKU-" + rowKey, "quantity", quantity,
                "gift", false, "weight", 1.25));
    }

    @Test
    void insertedEntityReadsBackWithItsPropertiesEtagAndTimestamp() {
        TableEntity inserted = tables().insert("carts", cart("a", 2));

        assertThat(inserted.etag()).isNotBlank();
        if (timestampsFollowTheClock()) {
            assertThat(inserted.timestamp()).isEqualTo(clock.now());
        } else {
            assertThat(inserted.timestamp()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        }
        TableEntity read = tables().get("carts", "user-1", "a").orElseThrow();
        assertThat(read).isEqualTo(inserted);
        assertThat(read.properties()).containsExactlyInAnyOrderEntriesOf(
                Map.of("sku", "SKU-a", "quantity", 2L, "gift", false, "weight", 1.25));
        assertThat(tables().get("carts", "user-2", "a")).isEmpty();
        assertThat(tables().get("wishlists", "user-1", "a")).as("another table").isEmpty();
    }

    @Test
    void insertOfAnExistingEntityConflicts() {
        tables().insert("carts", cart("a", 2));

        assertThatThrownBy(() -> tables().insert("carts", cart("a", 3))).isInstanceOf(ConflictException.class);
        assertThat(tables().get("carts", "user-1", "a").orElseThrow().properties()).containsEntry("quantity", 2L);
    }

    @Test
    void staleEtagIsRejectedOnReplace() {
        TableEntity first = tables().insert("carts", cart("a", 1));
        TableEntity second = tables().replace("carts", cart("a", 2), first.etag());

        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThatThrownBy(() -> tables().replace("carts", cart("a", 3), first.etag()))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(tables().get("carts", "user-1", "a").orElseThrow().properties()).containsEntry("quantity", 2L);
        assertThat(tables().replace("carts", cart("a", 4), null).properties()).containsEntry("quantity", 4L);
    }

    @Test
    void replaceOfAMissingEntityIsNotFound() {
        assertThatThrownBy(() -> tables().replace("carts", cart("a", 1), null)).isInstanceOf(NotFoundException.class);
        assertThat(tables().get("carts", "user-1", "a")).isEmpty();
    }

    @Test
    void upsertInsertsOrReplacesWithANewEtag() {
        TableEntity first = tables().upsert("carts", cart("a", 1));
        TableEntity second = tables().upsert("carts", cart("a", 5));

        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(tables().get("carts", "user-1", "a").orElseThrow()).isEqualTo(second);
    }

    @Test
    void deleteRemovesTheEntityOnce() {
        tables().insert("carts", cart("a", 1));

        assertThat(tables().delete("carts", "user-1", "a")).isTrue();
        assertThat(tables().delete("carts", "user-1", "a")).isFalse();
        assertThat(tables().get("carts", "user-1", "a")).isEmpty();
    }

    @Test
    void queryReturnsOnePartitionOrderedByRowKey() {
        for (String rowKey : new String[] {"m", "c", "x", "a"}) {
            tables().insert("carts", cart(rowKey, 1));
        }
        tables().insert("carts", TableEntity.of("user-2", "b", Map.of()));
        tables().insert("wishlists", TableEntity.of("user-1", "b", Map.of()));

        assertThat(tables().query("carts", "user-1")).extracting(TableEntity::rowKey).containsExactly("a", "c", "m", "x");
        assertThat(tables().query("carts", "nobody")).isEmpty();
    }

    @Test
    void keysAndValuesAzureRefusesAreRefused() {
        assertThatThrownBy(() -> tables().insert("carts", TableEntity.of("user/1", "a", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables().insert("no", cart("a", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables().insert("carts", TableEntity.of("user-1", "a", Map.of("lines", Map.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entitiesSurviveARestart() throws Exception {
        TableEntity inserted = tables().insert("carts", cart("a", 7));

        KeyValueTables reopened = restart();

        assertThat(reopened.get("carts", "user-1", "a")).contains(inserted);
        assertThatThrownBy(() -> reopened.replace("carts", cart("a", 8), "\"stale\""))
                .isInstanceOf(PreconditionFailedException.class);
    }
}
