package org.tradescreen.goods.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/**
 * Reads a systematic (IUPAC) chemical name inside a goods description with OPSIN, so that an analogue no
 * list names ("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]prop-2-enamide") still gets a structure to
 * classify. Descriptions carry other words ("99% white powder, 25 kg"), so the text is tried whole, then
 * by comma- or semicolon-separated part, then with up to four words dropped from the end and two from
 * the start; the longest piece OPSIN reads wins. Thread-safe (OPSIN's parser is).
 */
public final class SystematicNames {

    /** A chemical name found in the text and its structure. */
    public record Found(String name, String smiles) {
    }

    private static final int DROP_TAIL = 4;
    private static final int DROP_HEAD = 2;

    private final NameToStructure opsin = NameToStructure.getInstance();

    public Optional<Found> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String piece : pieces(text)) {
            String smiles = opsin.parseToSmiles(piece);
            if (smiles != null && !smiles.isEmpty()) {
                return Optional.of(new Found(piece, smiles));
            }
        }
        return Optional.empty();
    }

    /** Candidate name pieces, longest first. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        parts.add(text.strip());
        for (String p : text.split("[;,]\\s+")) {
            if (!p.isBlank() && !parts.contains(p.strip())) {
                parts.add(p.strip());
            }
        }
        for (String part : parts) {
            String[] words = part.split("\\s+");
            for (int head = 0; head <= Math.min(DROP_HEAD, words.length - 1); head++) {
                for (int tail = 0; tail <= Math.min(DROP_TAIL, words.length - 1 - head); tail++) {
                    String piece = String.join(" ", java.util.Arrays.copyOfRange(words, head, words.length - tail));
                    if (piece.length() >= 4 && !out.contains(piece)) {
                        out.add(piece);
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }
}
