package org.thbhub.web;

import java.util.List;
import java.util.function.Function;
import org.thbhub.common.Page;

/** {items, page, size, total}: every list of the API. */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageDto<>(
                page.items().stream().<T>map(mapper).toList(),
                page.page(),
                page.size(),
                page.total());
    }
}
