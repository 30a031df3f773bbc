package no.samspill.workflows.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.Coded;

/**
 * One process variable as the BPMN, its forms and the step code know it: its name, its kind and, for a code, the
 * values it may take. A decision's result has named fields (e.g. {@code routing.route}).
 */
public record ProcessVariable(String name, Kind kind, List<String> values, Map<String, ProcessVariable> fields) {

    /** What a variable holds, with the Camunda form-field type that asks for it. */
    public enum Kind {
        TEXT("string"), CODE("enum"), NUMBER("long"), YES_NO("boolean"), DATE("date"), RESULT(null);

        private final String formType;

        Kind(String formType) {
            this.formType = formType;
        }

        /** The generated form's field type for this kind; none for a decision's result. */
        public String formType() {
            return formType;
        }
    }

    public ProcessVariable {
        values = List.copyOf(values);
        fields = Map.copyOf(fields);
    }

    public static ProcessVariable text(String name) {
        return new ProcessVariable(name, Kind.TEXT, List.of(), Map.of());
    }

    public static ProcessVariable number(String name) {
        return new ProcessVariable(name, Kind.NUMBER, List.of(), Map.of());
    }

    public static ProcessVariable yesNo(String name) {
        return new ProcessVariable(name, Kind.YES_NO, List.of(), Map.of());
    }

    public static ProcessVariable date(String name) {
        return new ProcessVariable(name, Kind.DATE, List.of(), Map.of());
    }

    /** A code from a closed vocabulary: its values are the vocabulary's codes. */
    @SafeVarargs
    public static <E extends Enum<E> & Coded> ProcessVariable code(String name, E... values) {
        return new ProcessVariable(name, Kind.CODE, Arrays.stream(values).map(Coded::code).toList(), Map.of());
    }

    /** A code from a closed vocabulary, every value of it. */
    public static <E extends Enum<E> & Coded> ProcessVariable code(String name, Class<E> vocabulary) {
        return code(name, vocabulary.getEnumConstants());
    }

    /** A code whose values are not enum constants (e.g. competences). */
    public static ProcessVariable code(String name, List<String> values) {
        return new ProcessVariable(name, Kind.CODE, values, Map.of());
    }

    /** A decision's result, with its fields. */
    public static ProcessVariable result(String name, ProcessVariable... fields) {
        Map<String, ProcessVariable> byName = new LinkedHashMap<>();
        Arrays.stream(fields).forEach(field -> byName.put(field.name(), field));
        return new ProcessVariable(name, Kind.RESULT, List.of(), byName);
    }
}
