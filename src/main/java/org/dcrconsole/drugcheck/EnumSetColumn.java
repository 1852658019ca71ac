package org.dcrconsole.drugcheck;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcrconsole.booth.Substance;

/** Small enum sets as one comma-separated column: they are shown, never filtered on. */
final class EnumSetColumn {

    private EnumSetColumn() {
    }

    static <E extends Enum<E>> String write(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(n -> Enum.valueOf(type, n)).forEach(set::add);
        }
        return set;
    }

    @Converter
    static class FoundSet implements AttributeConverter<Set<Found>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Found> values) {
            return write(values);
        }

        @Override
        public Set<Found> convertToEntityAttribute(String column) {
            return read(column, Found.class);
        }
    }

    @Converter
    static class SubstanceSet implements AttributeConverter<Set<Substance>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Substance> values) {
            return write(values);
        }

        @Override
        public Set<Substance> convertToEntityAttribute(String column) {
            return read(column, Substance.class);
        }
    }
}
