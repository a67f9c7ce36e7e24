package org.missionreader.print;

import java.util.List;

/** A document laid out on pages for one page setup. */
public record Pagination(PageSetup setup, List<Page> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
