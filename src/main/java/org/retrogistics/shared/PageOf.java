package org.retrogistics.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API returns it: the items and where they sit in the whole. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** A page of {@code size} items out of {@code totalElements}. */
    public static <T> PageOf<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageOf<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size));
    }

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(content.stream().map(f).toList(), page, size, totalElements, totalPages);
    }
}
