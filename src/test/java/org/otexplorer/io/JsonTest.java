package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** Every double written comes back bit for bit (the Schubfach writer is shortest, not approximate): random bit patterns, subnormals, extremes, decimal ties. */
    @Test
    void doublesSurviveWritingAndReadingExactly() throws Exception {
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -0.0,
                0.1, 1.0 / 3, 2e-308, 4.9e-324, 1e23, 9007199254740993.0, 5e-324 * 3));
        while (values.size() < 20_000) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                values.add(v);
            }
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
        }
        StringWriter text = new StringWriter();
        Json.write(values, null, text);
        List<Double> back = Json.mapper().readValue(text.toString(), new TypeReference<List<Double>>() { });
        assertEquals(values.size(), back.size());
        for (int k = 0; k < values.size(); k++) {
            assertEquals(Double.doubleToRawLongBits(values.get(k)), Double.doubleToRawLongBits(back.get(k)),
                    "not the same double after writing " + values.get(k));
        }
    }
}
