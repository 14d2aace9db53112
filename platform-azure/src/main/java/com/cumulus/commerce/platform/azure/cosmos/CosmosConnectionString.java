package com.cumulus.commerce.platform.azure.cosmos;

/** The parts of a Cosmos DB connection string ({@code AccountEndpoint=...;AccountKey=...;}). */
record CosmosConnectionString(String endpoint, String key) {

    static CosmosConnectionString parse(String connectionString) {
        String endpoint = null;
        String key = null;
        for (String part : connectionString.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).trim();
            if (name.equalsIgnoreCase("AccountEndpoint")) {
                endpoint = part.substring(eq + 1).trim();
            } else if (name.equalsIgnoreCase("AccountKey")) {
                key = part.substring(eq + 1).trim();
            }
        }
        if (endpoint == null || key == null) {
            throw new IllegalStateException(
                    "app setting '" + CosmosDocuments.CONNECTION + "' must hold AccountEndpoint=...;AccountKey=...");
        }
        return new CosmosConnectionString(endpoint, key);
    }
}
