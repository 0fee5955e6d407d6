package org.retrogistics.web.support;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/** Where a request went wrong, in the words a client knows: the field or parameter, and the kind of mistake. */
final class ProblemFields {

    private ProblemFields() {}

    /**
     * What kind of mistake stopped the reading: a value of the wrong JSON type (1.5 for a whole number, true for a
     * text), text that is no valid value (an unknown name, a date that is none), a null where an element is expected,
     * a field the request does not have, a NUL character, or JSON that is not well formed.
     */
    static String readCode(JacksonException json) {
        if (json instanceof StrictJson.NulCharacter) {
            return "invalid-character";
        }
        if (json instanceof InvalidNullException) {
            return "null-not-allowed";
        }
        if (json instanceof PropertyBindingException) {
            return "unknown-field";
        }
        if (json instanceof InvalidFormatException format) {
            return format.getValue() instanceof String && format.getTargetType() != String.class
                    ? "invalid-value"
                    : "wrong-type";
        }
        if (json instanceof MismatchedInputException) {
            return "wrong-type";
        }
        return "malformed-json";
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A bean's path without the method and parameter that carried it: {@code lines[0].quantity}, or {@code size}. */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int from = 0;
        while (from < nodes.size()
                && (nodes.get(from).getKind() == ElementKind.METHOD
                        || nodes.get(from).getKind() == ElementKind.CONSTRUCTOR
                        || (nodes.get(from).getKind() == ElementKind.PARAMETER && from < nodes.size() - 1))) {
            from++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(from, nodes.size())) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }

    /** The name a client knows a parameter by: the query parameter, path variable or header it came from. */
    static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName() == null ? "parameter" : parameter.getParameterName();
    }
}
