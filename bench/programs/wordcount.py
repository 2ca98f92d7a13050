# Word counting over generated text: build sentences from a vocabulary with an
# LCG, split into words, normalise case and punctuation, count with a dict,
# then sort by (count desc, word) and report the top entries.

VOCAB = (
    "the quick brown fox jumps over lazy dog river stone cloud light shadow "
    "Garden Window paper music silver Winter summer autumn spring ocean "
    "mountain forest valley bridge tower market castle harbour village "
    "lantern whisper thunder meadow orchard compass anchor feather candle "
    "marble copper velvet echo ember glacier horizon island jungle kettle"
).split()


def generate(n_sentences, seed):
    out = []
    state = seed
    nv = len(VOCAB)
    for _ in range(n_sentences):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 4 + (state >> 8) % 9
        words = []
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # skew towards the first words of the vocabulary
            idx = ((state >> 4) % nv) * ((state >> 12) % nv) // nv
            w = VOCAB[idx]
            if k == 0:
                w = w[0].upper() + w[1:]
            words.append(w)
        sep = ", " if state & 1 else " "
        out.append(sep.join(words) + (". " if state & 2 else "! "))
    return "".join(out)


def count_words(text):
    counts = {}
    for raw in text.split():
        w = raw.strip(".,!").lower()
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    text = generate(60_000, 7)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[:5]
    total = sum(counts.values())
    return len(text), total, len(counts), " ".join(w + "=" + str(c) for w, c in top)


print("wordcount", *main())
