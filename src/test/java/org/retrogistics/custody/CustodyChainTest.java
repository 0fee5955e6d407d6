package org.retrogistics.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain's arithmetic: a chain built link by link verifies, and changing any one link is caught at that link. */
class CustodyChainTest {

    private static final UUID UNIT = UUID.randomUUID();

    private static List<CustodyChain.Link> chain(List<String> contents) {
        List<CustodyChain.Link> links = new ArrayList<>();
        byte[] previous = null;
        for (int i = 0; i < contents.size(); i++) {
            byte[] hash = CustodyChain.hash(previous, contents.get(i));
            links.add(new CustodyChain.Link(i + 1, previous, hash, contents.get(i)));
            previous = hash;
        }
        return links;
    }

    @Test
    void theFirstHashIsTheSha256OfTheContentAlone() {
        // sha256("abc"), the FIPS 180-2 example
        assertThat(HexFormat.of().formatHex(CustodyChain.hash(null, "abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aChainBuiltLinkByLinkVerifies() {
        qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 20))
                .checkAssert(contents -> {
                    CustodyChain.Verification v = CustodyChain.verify(UNIT, chain(contents));
                    assertThat(v.valid()).isTrue();
                    assertThat(v.entries()).isEqualTo(contents.size());
                });
    }

    @Test
    void changingAnyOneLinksContentIsCaughtAtThatLink() {
        qt().forAll(
                        lists().of(strings().allPossible().ofLengthBetween(0, 40))
                                .ofSizeBetween(1, 20),
                        integers().between(0, 1000))
                .checkAssert((contents, pick) -> {
                    List<CustodyChain.Link> links = chain(contents);
                    int at = pick % links.size();
                    CustodyChain.Link l = links.get(at);
                    links.set(at, new CustodyChain.Link(l.seq(), l.prevHash(), l.hash(), l.content() + "x"));
                    CustodyChain.Verification v = CustodyChain.verify(UNIT, links);
                    assertThat(v.valid()).isFalse();
                    assertThat(v.brokenAt()).isEqualTo(at + 1);
                });
    }

    @Test
    void anEntryRemovedFromTheMiddleIsCaughtAtTheOneAfter() {
        List<CustodyChain.Link> links = chain(List.of("a", "b", "c", "d"));
        links.remove(1);
        CustodyChain.Verification v = CustodyChain.verify(UNIT, links);
        assertThat(v.valid()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(3);
    }
}
