package org.partyaffairs.workforce.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;

/**
 * The product's lists come a page at a time ({@code ?page=0&size=50}, at most 200; see
 * {@code spring.data.web.pageable}), newest data never loaded whole into memory. The body stays a
 * plain JSON array; {@value #TOTAL} says how many there are in all.
 */
public final class Pages {

  public static final String TOTAL = "X-Total-Count";

  private Pages() {
  }

  /** The page asked for, without any {@code sort} a client sent: each list has its one order. */
  public static Pageable unsorted(Pageable requested) {
    return PageRequest.of(requested.getPageNumber(), requested.getPageSize());
  }

  public static <T, V> ResponseEntity<List<V>> of(Page<T> page, Function<T, V> view) {
    return ResponseEntity.ok().header(TOTAL, Long.toString(page.getTotalElements()))
        .body(page.getContent().stream().map(view).toList());
  }
}
