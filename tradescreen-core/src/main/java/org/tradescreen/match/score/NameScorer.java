package org.tradescreen.match.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.phonetic.CrossScriptSimilarity;
import org.tradescreen.match.phonetic.NameScript;
import org.tradescreen.match.phonetic.PhoneticToken;
import org.tradescreen.match.phonetic.SyllableReadings;
import org.tradescreen.model.EntityType;

/**
 * Scores a query name against a list name by aligning their tokens. Every candidate pairing is rated by
 * {@link TokenSimilarity} (and adjacent tokens may be joined: "plat ono vich" / "platonovich"); the
 * best pairings are taken greedily, one-to-one. Then, with token weights w:
 * <pre>
 *   matched  M = sum over pairs of similarity * w
 *   penalty  P = sum over pairs of (1 - similarity) * w * PARTIAL
 *              + CONFLICT * (unmatched weight both sides have, counted on both sides)
 *              + EXTRA    * (unmatched weight only one side has)
 *   score      = M / (M + P)
 * </pre>
 * A token left over on both sides is a disagreement ("AL-RAWI" / "AL-TIKRITI"); a token only one side
 * has is extra detail (a middle name). Order does not matter, so "PUTIN, Vladimir" meets "Vladimir
 * Putin". Stateless and thread-safe.
 */
public final class NameScorer {

    private static final int MAX_JOIN = 3;

    private record Pair(int qFrom, int qTo, int cFrom, int cTo, double similarity, MatchKind kind, double weight) {

        /** Tokens [aFrom, aTo) of one name against [bFrom, bTo) of the other; {@code swapped} when a is the list's. */
        static Pair of(boolean swapped, int aFrom, int aTo, int bFrom, int bTo, double similarity, MatchKind kind,
                double weight) {
            return swapped ? new Pair(bFrom, bTo, aFrom, aTo, similarity, kind, weight)
                    : new Pair(aFrom, aTo, bFrom, bTo, similarity, kind, weight);
        }
    }

    /**
     * Scores {@code q} against {@code c}; {@code type} (of either party, UNKNOWN when neither says) sets
     * how much a word only one side has costs.
     */
    public NameMatch score(PreparedName q, PreparedName c, EntityType type) {
        if (q.size() == 0 || c.size() == 0) {
            return NameMatch.NONE;
        }
        // A Chinese or Korean person's name is read syllable by syllable, and only so: sound-alike syllables
        // are other characters. A foreign name written in Han or Hangul ("奥巴马") may also be compared by
        // sound across scripts. Neither by near Latin spellings.
        if (q.syllabic != null && c.inScript == null) {
            NameMatch read = syllables(q.syllabic, c, false, type);
            return q.personal ? read : better(read, crossScript(q, c, true));
        }
        if (c.syllabic != null && q.inScript == null) {
            NameMatch read = syllables(c.syllabic, q, true, type);
            return c.personal ? read : better(read, crossScript(q, c, true));
        }
        NameMatch latin = scoreLatin(q, c, type);
        if (q.inScript != null && c.inScript != null && q.inScript.name.script() == c.inScript.name.script()) {
            NameMatch own = scoreLatin(q.inScript, c.inScript, type);
            return own.score() < latin.score() ? own : latin;
        }
        if ((q.inScript == null) != (c.inScript == null) && latin.score() < 1.0
                && readBySound(q.inScript != null ? q.words : c.words)) {
            NameMatch cross = crossScript(q, c, false);
            return cross.score() > latin.score() ? cross : latin;
        }
        return latin;
    }

    /**
     * Whether the name is worth reading by sound across scripts: not when all its words are in a script that the
     * lists romanize letter for letter as ICU does (Indic scripts, Greek, Georgian, Armenian: "नरेन्द्र मोदी" is
     * "narendra modi"), where the pooled table, learned across scripts that drop vowels, would only add false
     * friends ("खड्गी" for "Khadim"). Thai, Khmer and the scripts with learned tables are romanized by convention
     * ("ชินวัตร" is "Shinawatra"), so they are.
     */
    private static boolean readBySound(PhoneticToken[] words) {
        for (PhoneticToken w : words) {
            int first = w.text().isEmpty() ? 'a' : w.text().codePointAt(0);
            if (w.script() != NameScript.LATIN && !LETTER_FOR_LETTER.contains(Character.UnicodeScript.of(first))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<Character.UnicodeScript> LETTER_FOR_LETTER = java.util.EnumSet.of(
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.GREEK, Character.UnicodeScript.GEORGIAN,
            Character.UnicodeScript.ARMENIAN);

    private static NameMatch better(NameMatch a, NameMatch b) {
        return b.score() > a.score() ? b : a;
    }

    /**
     * A Latin name against a name in another script, word by word through the learned cross-script
     * similarity (which knows that Arabic drops vowels and Han writes "r" as "l"), and also as whole
     * names, since a Han or Kana name is one word for several Latin ones ("克魯森" / "crewson",
     * "バラク・オバマ" / "barack obama"). Its threshold maps to {@link Tuning#ONE_EDIT}, a typo's worth.
     * {@code syllabic} when one name is in Han or Hangul (see {@link #syllables}).
     */
    private NameMatch crossScript(PreparedName q, PreparedName c, boolean syllabic) {
        PhoneticToken[] a = q.words;
        PhoneticToken[] b = c.words;
        if (a.length == 0 || b.length == 0) {
            return NameMatch.NONE;
        }
        CrossScriptSimilarity cross = CrossScriptSimilarity.standard();
        boolean[] aUsed = new boolean[a.length];
        boolean[] bUsed = new boolean[b.length];
        List<TokenAlignment> aligned = new ArrayList<>();
        double matched = 0;
        double penalty = 0;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    if (!aUsed[i] && !bUsed[j] && longEnough(a[i]) && longEnough(b[j])) {
                        double s = tokenScale(cross.similarity(a[i], b[j]));
                        if (s > best) {
                            best = s;
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            aUsed[bi] = true;
            bUsed[bj] = true;
            matched += best;
            penalty += (1 - best) * Tuning.NEAR_PENALTY;
            aligned.add(new TokenAlignment(a[bi].text(), b[bj].text(), best, MatchKind.CROSS_SCRIPT));
        }
        int leftA = 0;
        int leftB = 0;
        // (leftover words void the word-by-word reading below)
        for (boolean u : aUsed) {
            leftA += u ? 0 : 1;
        }
        for (boolean u : bUsed) {
            leftB += u ? 0 : 1;
        }
        // Learned on single names, the cross-script tables are too lenient for partial alignments of
        // short East Asian names (김 / "kim"): a cross-script match must account for every word. And a name of
        // several words in Han or Hangul read word by word must be a foreign one, which has a word of three
        // syllables or more ("弗拉基米尔 普京"): words of one or two are a Japanese, Chinese or Korean name
        // ("零 森", "京助 佐藤"), which sounds like too many romanized ones. One word against one ("젤케" /
        // "selke") is a foreign name written out.
        boolean foreign = !syllabic || a.length == 1 && b.length == 1 || longWord(a) || longWord(b);
        double byWord = matched <= 0 || leftA > 0 || leftB > 0 || !foreign ? 0 : matched / (matched + penalty);
        PhoneticToken wholeA = joined(a);
        PhoneticToken wholeB = joined(b);
        // A Han or Hangul word is a whole foreign name only against one Latin word ("克魯森" / "crewson"):
        // against several, it is a Chinese or Korean name run together, which sounds like too many others.
        boolean wholeNames = syllabic ? a.length == 1 && b.length == 1 : a.length == 1 || b.length == 1;
        double whole = wholeA.key().length() >= MIN_CROSS_WHOLE_KEY && wholeB.key().length() >= MIN_CROSS_WHOLE_KEY
                && wholeNames ? tokenScale(cross.similarity(wholeA, wholeB)) : 0;
        if (whole > byWord) {
            return new NameMatch(whole, List.of(new TokenAlignment(joined(a).text(), joined(b).text(), whole,
                    MatchKind.CROSS_SCRIPT)), List.of(), List.of());
        }
        return new NameMatch(byWord, aligned, List.of(), List.of());
    }

    /** Whether a word written in Han or Hangul has three syllables or more. */
    private static boolean longWord(PhoneticToken[] words) {
        for (PhoneticToken w : words) {
            if (w.script() != NameScript.LATIN && w.text().codePointCount(0, w.text().length()) >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shorter words say too little to compare across scripts: four letters on the Latin side, two in a
     * romanized script that writes no vowels (Arabic, Hebrew: "rahn" is "rn").
     */
    private static final int MIN_CROSS_KEY = 4;
    private static final int MIN_CROSS_KEY_NATIVE = 2;
    private static final int MIN_CROSS_WHOLE_KEY = 6;

    private static boolean longEnough(PhoneticToken t) {
        return t.key().length() >= (t.script() == NameScript.LATIN ? MIN_CROSS_KEY : MIN_CROSS_KEY_NATIVE);
    }

    private static PhoneticToken joined(PhoneticToken[] words) {
        if (words.length == 1) {
            return words[0];
        }
        StringBuilder text = new StringBuilder();
        StringBuilder key = new StringBuilder();
        for (PhoneticToken w : words) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
            key.append(w.key());
        }
        return new PhoneticToken(text.toString(), words[0].script(), key.toString());
    }

    /** Cross-script similarity on the token scale: its threshold becomes a typo-near match, else nothing. */
    private static double tokenScale(double crossSimilarity) {
        if (crossSimilarity < CrossScriptSimilarity.THRESHOLD) {
            return 0;
        }
        double above = (crossSimilarity - CrossScriptSimilarity.THRESHOLD) / (1 - CrossScriptSimilarity.THRESHOLD);
        return Tuning.ONE_EDIT + (1 - Tuning.ONE_EDIT) * above;
    }

    private NameMatch scoreLatin(PreparedName q, PreparedName c, EntityType type) {
        NameMatch acronym = acronym(q, c);
        if (acronym != null) {
            return acronym;
        }
        return assemble(q, c, latinPairs(q, c), type, false);
    }

    /**
     * How well {@code q} is found inside a longer name {@code c}: every name word of the query matched (exactly,
     * or as near as a typo), and {@code c} holding other name words besides, which cost nothing here. The score
     * counts only how well the query's words were found; {@link NameMatch#NONE} when a query word is missing or
     * {@code c} has nothing more than the query.
     */
    public NameMatch partial(PreparedName q, PreparedName c) {
        if (q.size() == 0 || c.size() == 0) {
            return NameMatch.NONE;
        }
        return assemble(q, c, latinPairs(q, c), EntityType.UNKNOWN, true);
    }

    private List<Pair> latinPairs(PreparedName q, PreparedName c) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                TokenSimilarity.Result r = TokenSimilarity.compare(q.tokens[i], q.phonetic[i], c.tokens[j], c.phonetic[j]);
                if (r.similarity() < Tuning.ONE_EDIT) {
                    r = better(r, variant(q, i, c, j));
                }
                if (r.similarity() > 0) {
                    pairs.add(new Pair(i, i + 1, j, j + 1, r.similarity(), r.kind(), (q.weights[i] + c.weights[j]) / 2));
                }
            }
        }
        addJoined(q, c, pairs, false);
        addJoined(c, q, pairs, true);
        addInitials(q, c, pairs, false);
        addInitials(c, q, pairs, true);
        return pairs;
    }

    private static TokenSimilarity.Result better(TokenSimilarity.Result a, TokenSimilarity.Result b) {
        return b.similarity() > a.similarity() ? b : a;
    }

    /**
     * How tokens i of q and j of c agree when not by spelling: as Wade-Giles and pinyin spellings of the same
     * syllables, as a word and its Baltic or Slavic inflection, or as a word and its start where a long name
     * ends, cut short by a fixed-length field.
     */
    private static TokenSimilarity.Result variant(PreparedName q, int i, PreparedName c, int j) {
        if (q.kinds[i] != TokenKind.NAME || c.kinds[j] != TokenKind.NAME) {
            return TokenSimilarity.Result.NONE;
        }
        if (romanized(q.pinyin[i], c.tokens[j], c.pinyin[j]) || romanized(c.pinyin[j], q.tokens[i], null)) {
            return new TokenSimilarity.Result(Tuning.ROMANIZATION_SIMILARITY, MatchKind.ROMANIZATION);
        }
        TokenSimilarity.Result best = TokenSimilarity.Result.NONE;
        if (q.stems[i] != null || c.stems[j] != null) {
            best = inflected(q.tokens[i], c.stems[j]);
            best = better(best, inflected(c.tokens[j], q.stems[i]));
            if (q.stems[i] != null && c.stems[j] != null) {
                for (String stem : q.stems[i]) {
                    best = better(best, inflected(stem, c.stems[j]));
                }
            }
        }
        if (truncated(q, i, c.tokens[j]) || truncated(c, j, q.tokens[i])) {
            best = better(best, new TokenSimilarity.Result(Tuning.TRUNCATED_SIMILARITY, MatchKind.TRUNCATED));
        }
        return best;
    }

    private static boolean romanized(Set<String> pinyin, String other, @Nullable Set<String> otherPinyin) {
        if (pinyin == null) {
            return false;
        }
        if (pinyin.contains(other)) {
            return true;
        }
        if (otherPinyin != null) {
            for (String p : otherPinyin) {
                if (pinyin.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TokenSimilarity.Result inflected(String word, String[] stems) {
        TokenSimilarity.Result best = TokenSimilarity.Result.NONE;
        if (stems != null) {
            for (int k = 0; k < stems.length; k++) {
                // by spelling only: a stem sounds like too many words ("moral" and "morillo")
                double s = Math.min(Tuning.INFLECTION_SIMILARITY, TokenSimilarity.compare(word, null, stems[k], null).similarity());
                if (s > best.similarity()) {
                    best = new TokenSimilarity.Result(s, MatchKind.INFLECTION);
                }
            }
        }
        return best;
    }

    /**
     * Whether token i ends a long name as written (before "SURNAME, Given" was reordered) and is the start of
     * {@code whole}, as a fixed-length field would cut it.
     */
    private static boolean truncated(PreparedName n, int i, String whole) {
        String cut = n.tokens[i];
        String original = n.name.original();
        return cut.length() >= Tuning.TRUNCATED_MIN_LETTERS && whole.length() > cut.length() && whole.startsWith(cut)
                && original.length() >= Tuning.TRUNCATED_MIN_NAME_LENGTH
                && (i == n.size() - 1 || original.toLowerCase(java.util.Locale.ROOT).endsWith(cut));
    }

    /**
     * A Chinese or Korean name against a Latin one, word by word: a word of the name (a surname, a given name)
     * matches one to {@link #MAX_JOIN} adjacent Latin words when, written together, they spell its syllables in
     * one of their readings ("hai yan" or "haiyan" for 海燕, "chang" for 張, "yong ho" for 영호), and never by a
     * near spelling: a different syllable is a different character, and half a given name is another name.
     * {@code swapped} when the syllabic name is the list's.
     */
    private NameMatch syllables(PreparedName syllabic, PreparedName latin, boolean swapped, EntityType type) {
        List<Pair> pairs = new ArrayList<>();
        int[] starts = syllabic.wordStarts;
        for (int w = 0; w + 1 < starts.length; w++) {
            double weight = 0;
            for (int k = starts[w]; k < starts[w + 1]; k++) {
                weight += syllabic.weights[k];
            }
            for (int j = 0; j < latin.size(); j++) {
                StringBuilder spelt = new StringBuilder();
                double latinWeight = 0;
                for (int to = j; to < Math.min(latin.size(), j + MAX_JOIN) && latin.kinds[to] == TokenKind.NAME; to++) {
                    spelt.append(latin.tokens[to]);
                    latinWeight += latin.weights[to];
                    if (SyllableReadings.spells(syllabic.readings, starts[w], starts[w + 1], spelt.toString())
                            && !hyphenated(latin, j - 1, j) && !hyphenated(latin, to, to + 1)) {
                        double pw = (weight + latinWeight) / 2;
                        pairs.add(Pair.of(swapped, starts[w], starts[w + 1], j, to + 1, 1.0, MatchKind.READING, pw));
                    }
                }
            }
        }
        return swapped ? assemble(latin, syllabic, pairs, type, false) : assemble(syllabic, latin, pairs, type, false);
    }

    /**
     * Whether Latin tokens i and k were written joined by a hyphen, as one given name ("Yu-ro", "Sang-ho"): a
     * syllable that spells only half of it is another name.
     */
    private static boolean hyphenated(PreparedName latin, int i, int k) {
        if (i < 0 || k >= latin.size()) {
            return false;
        }
        String original = latin.name.original().toLowerCase(java.util.Locale.ROOT);
        return original.contains(latin.tokens[i] + "-" + latin.tokens[k]);
    }

    /**
     * Takes the best pairs greedily, one to one, and scores what they leave (see the class comment); or, when
     * {@code contained}, how well q is found in c (see {@link #partial}).
     */
    private static NameMatch assemble(PreparedName q, PreparedName c, List<Pair> pairs, EntityType type,
            boolean contained) {
        pairs.sort((a, b) -> a.similarity != b.similarity ? Double.compare(b.similarity, a.similarity)
                : Double.compare(b.weight, a.weight));

        boolean[] qUsed = new boolean[q.size()];
        boolean[] cUsed = new boolean[c.size()];
        double matched = 0;
        double penalty = 0;
        List<TokenAlignment> aligned = new ArrayList<>();
        int qBin = patronymic(q);
        int matchedNames = 0;
        boolean cut = false;
        int cBin = patronymic(c);
        for (Pair p : pairs) {
            if (anyUsed(qUsed, p.qFrom, p.qTo) || anyUsed(cUsed, p.cFrom, p.cTo)) {
                continue;
            }
            mark(qUsed, p.qFrom, p.qTo);
            mark(cUsed, p.cFrom, p.cTo);
            if (qBin >= 0 && cBin >= 0 && p.qFrom != qBin && p.cFrom != cBin
                    && (p.qFrom < qBin) != (p.cFrom < cBin)) {
                // "Salman bin Muhammad" is not "Muhammad bin Salman": father and son swapped.
                penalty += 2 * p.weight * Tuning.CONFLICT_PENALTY;
                aligned.add(new TokenAlignment(join(q, p.qFrom, p.qTo), join(c, p.cFrom, p.cTo), 0,
                        MatchKind.PATRONYMIC_ORDER));
                continue;
            }
            matched += p.similarity * p.weight;
            // an initial is less said, not something else said: it costs what a typo costs
            boolean near = p.similarity >= Tuning.ONE_EDIT || p.kind == MatchKind.INITIAL;
            penalty += (1 - p.similarity) * p.weight * (near ? Tuning.NEAR_PENALTY : Tuning.PARTIAL_PENALTY);
            if (q.kinds[p.qFrom] == TokenKind.NAME) {
                matchedNames++;
            }
            cut |= p.kind == MatchKind.TRUNCATED;
            aligned.add(new TokenAlignment(join(q, p.qFrom, p.qTo), join(c, p.cFrom, p.cTo), p.similarity, p.kind));
        }
        List<String> unmatchedQ = new ArrayList<>();
        List<String> unmatchedC = new ArrayList<>();
        double[] leftQ = leftover(q, qUsed, unmatchedQ, type);
        double[] leftC = leftover(c, cUsed, unmatchedC, type);
        if (contained) {
            boolean found = matched > 0 && leftQ[0] == 0 && leftC[0] > 0
                    && aligned.stream().allMatch(a -> a.similarity() >= Tuning.ONE_EDIT);
            return found ? new NameMatch(matched / (matched + penalty + leftQ[1] * extraPenalty(type)), aligned,
                    unmatchedQ, unmatchedC) : NameMatch.NONE;
        }
        // Only name words left on both sides disagree; leftover legal forms and stopwords are detail.
        double conflict = Math.min(leftQ[0], leftC[0]);
        double extra = Math.max(leftQ[0], leftC[0]) - conflict + leftQ[1] + leftC[1];
        // One shared word is thin evidence however rare it is: "Martin" / "Martin Kristiansen".
        double extraCost = matchedNames <= 1 && Math.max(leftQ[0], leftC[0]) > 0
                ? Math.max(extraPenalty(type), Tuning.EXTRA_PENALTY_SINGLE_WORD) : extraPenalty(type);
        if (cut && matchedNames > 1) {
            // a name cut by a field lost the words after the cut: they are missing detail, not another name
            extraCost = Tuning.EXTRA_PENALTY_PERSON;
        }
        penalty += 2 * conflict * Tuning.CONFLICT_PENALTY + extra * extraCost;
        double score = matched <= 0 ? 0 : matched / (matched + penalty);
        return new NameMatch(score, aligned, unmatchedQ, unmatchedC);
    }

    /** Pairs where 2..MAX_JOIN adjacent tokens of {@code a}, written together, equal a token of {@code b}. */
    private static void addJoined(PreparedName a, PreparedName b, List<Pair> pairs, boolean swapped) {
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int extra = 1; extra <= MAX_JOIN - 1 && i + extra < a.size(); extra++) {
                String s = extra == 1 ? a.join2[i] : a.join3[i];
                double weight = 0;
                for (int k = i; k <= i + extra; k++) {
                    weight += a.weights[k];
                }
                Set<String> pinyin = a.pinyinJoined(i, extra);
                for (int j = 0; j < b.size(); j++) {
                    boolean romanized = romanized(pinyin, b.tokens[j], b.pinyin[j]);
                    if (!romanized && (b.tokens[j].length() < 4 || Math.abs(b.tokens[j].length() - s.length()) > 1)) {
                        continue;
                    }
                    double ratio = romanized ? Tuning.ROMANIZATION_SIMILARITY : TokenSimilarity.editRatio(s, b.tokens[j]);
                    if (ratio >= 0.9) {
                        double sim = Tuning.JOINED_SIMILARITY * ratio;
                        double w = (weight + b.weights[j]) / 2;
                        pairs.add(Pair.of(swapped, i, i + extra + 1, j, j + 1, sim, MatchKind.JOINED, w));
                    }
                }
            }
        }
    }

    /**
     * Pairs where a token of two or three letters of {@code a} is the initials of as many adjacent name words of
     * {@code b}, written together: "vi" for "Vladimir Ilyich", "hg" for "Herbert George".
     */
    private static void addInitials(PreparedName a, PreparedName b, List<Pair> pairs, boolean swapped) {
        for (int i = 0; i < a.size(); i++) {
            String t = a.tokens[i];
            if (a.kinds[i] != TokenKind.NAME || t.length() < 2 || t.length() > MAX_JOIN
                    || !t.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (int j = 0; j + t.length() <= b.size(); j++) {
                boolean initials = true;
                double weight = a.weights[i];
                for (int k = 0; k < t.length() && initials; k++) {
                    String word = b.tokens[j + k];
                    initials = b.kinds[j + k] == TokenKind.NAME && word.length() >= 2 && word.charAt(0) == t.charAt(k);
                    weight += b.weights[j + k];
                }
                if (initials) {
                    double w = weight / 2;
                    pairs.add(Pair.of(swapped, i, i + 1, j, j + t.length(), Tuning.INITIAL_SIMILARITY, MatchKind.INITIAL, w));
                }
            }
        }
    }

    /** "IFS" against "Institute of Forensic Science": a lone short token that is the other's initials. */
    private static @Nullable NameMatch acronym(PreparedName q, PreparedName c) {
        PreparedName shortName = lone(q) != null ? q : lone(c) != null ? c : null;
        if (shortName == null) {
            return null;
        }
        PreparedName longName = shortName == q ? c : q;
        String token = lone(shortName);
        String initials = longName.initials();
        if (initials.length() < 2 || !(token.equals(initials) || initials.startsWith(token) && token.length() >= 3)) {
            return null;
        }
        String longText = String.join(" ", longName.tokens);
        TokenAlignment a = shortName == q
                ? new TokenAlignment(token, longText, Tuning.ACRONYM_SIMILARITY, MatchKind.ACRONYM)
                : new TokenAlignment(longText, token, Tuning.ACRONYM_SIMILARITY, MatchKind.ACRONYM);
        return new NameMatch(Tuning.ACRONYM_SIMILARITY, List.of(a), List.of(), List.of());
    }

    /** The single NAME token of a name whose other tokens are legal forms or stopwords, if 2-8 letters. */
    private static @Nullable String lone(PreparedName n) {
        String found = null;
        for (int i = 0; i < n.size(); i++) {
            if (n.kinds[i] == TokenKind.NAME) {
                if (found != null) {
                    return null;
                }
                found = n.tokens[i];
            }
        }
        return found != null && found.length() >= 2 && found.length() <= 8 && found.chars().allMatch(Character::isLetter)
                ? found : null;
    }

    /** The position of "bin", "ibn" or "bint" in an Arabic name (which orders son and father), else -1. */
    private static int patronymic(PreparedName n) {
        for (int i = 1; i < n.size() - 1; i++) {
            String t = n.tokens[i];
            if (t.equals("bin") || t.equals("ibn") || t.equals("bint")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Unmatched weight: [0] of name and number tokens, [1] of legal forms and stopwords. A person has no legal
     * form: in a person's name a word that spells one is a name ("PAO Hua Chiang", not "PJSC").
     */
    private static double[] leftover(PreparedName n, boolean[] used, List<String> names, EntityType type) {
        double[] w = new double[2];
        for (int i = 0; i < n.size(); i++) {
            if (!used[i]) {
                boolean personsLegalForm = n.kinds[i] == TokenKind.LEGAL_FORM && type == EntityType.PERSON;
                boolean strong = n.kinds[i] == TokenKind.NAME || n.kinds[i] == TokenKind.NUMBER || personsLegalForm;
                w[strong ? 0 : 1] += personsLegalForm ? Math.max(n.weights[i], Tuning.NAME_WEIGHT) : n.weights[i];
                names.add(n.tokens[i]);
            }
        }
        return w;
    }

    private static double extraPenalty(EntityType type) {
        return switch (type) {
            case PERSON -> Tuning.EXTRA_PENALTY_PERSON;
            case ORGANIZATION, VESSEL, AIRCRAFT -> Tuning.EXTRA_PENALTY_ORGANIZATION;
            case UNKNOWN -> Tuning.EXTRA_PENALTY_UNKNOWN;
        };
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    private static String join(PreparedName n, int from, int to) {
        return to - from == 1 ? n.tokens[from] : String.join(" ", java.util.Arrays.copyOfRange(n.tokens, from, to));
    }
}
