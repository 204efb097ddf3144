package org.oneplan.people.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** One page of a list: items plus where it sits in the whole. Pages are numbered from 0. */
record PageJson<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static final int MAX_SIZE = 100;

    static <S, T> PageJson<T> of(Page<S> page, Function<S, T> map) {
        return new PageJson<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Out-of-range numbers are pulled into range rather than refused. */
    static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
