package com.cumulus.commerce.catalog.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCatalogSourceGeneratorTest {

    private static final Path SAMPLE =
            Path.of("/work/shared/data/online-retail/online_retail_2010-12_purchases_sample.csv");

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(DemoCatalogSourceGenerator.median(List.of(
                new BigDecimal("4.25"), new BigDecimal("1.00"), new BigDecimal("2.55"), new BigDecimal("9.00"))))
                .isEqualByComparingTo("3.40");
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(DemoCatalogSourceGenerator.median(List.of(
                new BigDecimal("0.85"), new BigDecimal("2.10"), new BigDecimal("1.25"))))
                .isEqualByComparingTo("1.25");
    }

    @Test
    void ranksByUnitsSoldAndIgnoresReturns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var purchases = dir.resolve("purchases.csv");
        Files.writeString(purchases, """
                event_time,customer_id,item_id,invoice,quantity,unit_price,country
                2010-12-01T08:26:00,1,A1,1,2,1.00,United Kingdom
                2010-12-01T08:26:00,1,B2,1,5,2.00,United Kingdom
                2010-12-01T08:26:00,2,A1,2,4,3.00,France
                2010-12-01T08:26:00,2,C3,2,-50,3.00,France
                """);

        assertThat(DemoCatalogSourceGenerator.generate(purchases)).isEqualTo("""
                sku,price_gbp
                A1,2.00
                B2,2.00
                """);
    }

    @Test
    void committedResourceIsWhatTheGeneratorMakesFromTheSample() throws Exception {
        assumeTrue(Files.isReadable(SAMPLE), "the purchase sample is not on this machine");
        var committed = Files.readString(Path.of("src/main/resources/demo-catalog/items.csv"), StandardCharsets.UTF_8);

        assertThat(committed).isEqualTo(DemoCatalogSourceGenerator.generate(SAMPLE));
    }
}
