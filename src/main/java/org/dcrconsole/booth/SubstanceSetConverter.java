package org.dcrconsole.booth;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Substances of a queue entry as one comma-separated column (never filtered on). */
@Converter
class SubstanceSetConverter implements AttributeConverter<Set<Substance>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Substance> substances) {
        return substances == null ? "" : substances.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Substance> convertToEntityAttribute(String column) {
        EnumSet<Substance> set = EnumSet.noneOf(Substance.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Substance::valueOf).forEach(set::add);
        }
        return set;
    }
}
