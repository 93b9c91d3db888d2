package org.hotline2110.platform.paging;

/**
 * One rule for the page numbers of every list: from 0 to {@link #MAX_PAGE}. 100,000 pages of the largest page size
 * (500) reach 50 million rows; a page beyond that is a mistake or a probe, answered 400 rather than computed, and
 * the offset is worked out in {@code long}, so it never wraps to a negative number.
 */
public final class Paging {

    public static final int MAX_PAGE = 100_000;
    public static final String MAX_PAGE_MESSAGE = "must be at most 100000; narrow the search instead";

    private Paging() {
    }

    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
