package com.cumulus.commerce.platform.documents;

import java.util.Objects;

/** One operation of a transactional batch; all share the batch's partition key. */
public sealed interface BatchOperation {

    String id();

    record Create(String id, String json) implements BatchOperation {
        public Create {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(json, "'json' must not be null");
        }
    }

    record Upsert(String id, String json) implements BatchOperation {
        public Upsert {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(json, "'json' must not be null");
        }
    }

    /** ifMatch null means unconditional. */
    record Replace(String id, String json, String ifMatch) implements BatchOperation {
        public Replace {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(json, "'json' must not be null");
        }
    }

    /** ifMatch null means unconditional. */
    record Delete(String id, String ifMatch) implements BatchOperation {
        public Delete {
            Objects.requireNonNull(id, "'id' must not be null");
        }
    }
}
