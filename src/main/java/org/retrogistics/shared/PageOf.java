package org.retrogistics.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API returns it: the items and where they sit in the whole. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(content.stream().map(f).toList(), page, size, totalElements, totalPages);
    }
}
