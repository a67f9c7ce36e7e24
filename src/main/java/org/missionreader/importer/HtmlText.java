package org.missionreader.importer;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a saved web page, parsed with jsoup: never fetched, never run (jsoup runs no script and
 * this reader resolves no address). The text is the page's {@code <main>}, else its {@code <article>}, else its
 * body without navigation, header, footer, asides and forms; scripts, styles and templates are dropped
 * everywhere. Paragraphs are the {@code <p>}, {@code <li>}, headings and block quotes, in document order.
 */
final class HtmlText {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, pre";

    private HtmlText() {
    }

    static Extracted read(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, iframe, object, embed, svg").remove();
        Element root = page.selectFirst("main");
        if (root == null) root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
            root.select("header, footer").remove();
        }
        root.select("nav, aside, form, [hidden], [aria-hidden=true]").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (hasBlockAncestor(block, root)) continue;  // its text is its ancestor's paragraph
            String text = text(block);
            if (!text.isEmpty()) paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            String text = text(root);
            if (!text.isEmpty()) paragraphs.add(text);
        }
        Element h1 = root.selectFirst("h1");
        if (h1 == null) h1 = page.selectFirst("h1");
        String title = h1 != null && !text(h1).isEmpty() ? text(h1) : Paragraphs.trim(page.title());
        return new Extracted(paragraphs, title.isEmpty() ? null : title, canonical(page));
    }

    /**
     * The element's text with runs of ASCII white space as one space: jsoup's {@code text()} would make its
     * no-break spaces plain spaces, and a French page's "1\u00A0mars" and "paix\u00A0:" are the text's own.
     */
    private static String text(Element element) {
        return Paragraphs.trim(element.wholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element e = block.parent(); e != null && e != root; e = e.parent()) {
            if (e.is(BLOCKS)) return true;
        }
        return false;
    }

    /** The page's own address: {@code <link rel=canonical>}, else {@code og:url}; http(s) only, as written. */
    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = link == null ? null : link.attr("href").strip();
        if (url == null || !isWebAddress(url)) {
            Element og = page.selectFirst("meta[property=og:url][content]");
            url = og == null ? null : og.attr("content").strip();
        }
        return url != null && isWebAddress(url) ? url : null;
    }

    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
