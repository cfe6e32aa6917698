package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.NewsLink;

/** {@link NewsLink} as {@code {"url": ..., "title": ..., "outlet": "WQOW", "published": "2021-08-03"}}. */
final class NewsLinkFormat extends ObjectFormat<NewsLink, NewsLink.Builder> {
    static final NewsLinkFormat INSTANCE = new NewsLinkFormat();

    private NewsLinkFormat() {
        super(NewsLink.class, NewsLink::builder, b -> b.build(),
                List.of("url", "title", "outlet", "published"), Set.of());
    }

    @Override
    void writeProperties(NewsLink value, JsonOutput out) {
        out.uri("url", value.url());
        out.text("title", value.title());
        out.text("outlet", value.outlet());
        out.date("published", value.published());
    }

    @Override
    void readProperty(String name, NewsLink.Builder b, JsonInput in) {
        switch (name) {
            case "url" -> b.url(in.uri());
            case "title" -> b.title(in.text());
            case "outlet" -> b.outlet(in.text());
            case "published" -> b.published(in.date());
            default -> throw unhandled(name);
        }
    }
}
