package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.retrogistics.refunds.MovementKind;
import org.retrogistics.refunds.MovementStatus;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnStatus;

/** What a shopper reads of a portal page: its text without the markup, and the codes that must never be in it. */
final class ShopperText {

    private static final List<String> CODES = Stream.of(
                    ReturnStatus.values(),
                    ReturnReason.values(),
                    Resolution.values(),
                    MovementKind.values(),
                    MovementStatus.values(),
                    MoneyMoment.values())
            .flatMap(Stream::of)
            .map(e -> ((Enum<?>) e).name())
            .toList();

    private ShopperText() {}

    /** The page's text: the body without its tags, entities read, white space collapsed. */
    static String of(String html) {
        String body = html.contains("<body") ? html.substring(html.indexOf("<body")) : html;
        return body.replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** No status, reason, resolution or money code is shown as it is stored. */
    static void assertNoCodes(String html) {
        String text = of(html);
        for (String code : CODES) {
            assertThat(Pattern.compile("\\b" + code + "\\b").matcher(text).find())
                    .as("the code %s shows on the page: %s", code, text)
                    .isFalse();
        }
    }
}
