package org.stemma.eval.paraphrase;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.stemma.text.SentenceEmbedder;

/**
 * A {@link SentenceEmbedder} that remembers vectors in a file between runs, so that repeated
 * evaluations (cross-validation experiments, re-deriving the judge's weights) embed each MSRP
 * sentence once. Misses go to the wrapped model; {@link #save()} writes the file (atomically).
 * The file records the model name and is ignored if it was written by another model. Not
 * thread-safe.
 */
public final class VectorFile implements SentenceEmbedder {

    private static final int MAGIC = 0x53564543; // "SVEC"
    /** Longer texts are not kept (their UTF-8 form may not fit a writeUTF record). */
    private static final int MAX_TEXT = 20_000;

    private final Path file;
    private final SentenceEmbedder model;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean dirty;

    /** Loads {@code file} if it exists and was written by {@code model}'s model. */
    public VectorFile(Path file, SentenceEmbedder model) throws IOException {
        this.file = file;
        this.model = model;
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() != MAGIC) {
                    throw new IOException(file + ": not a stemma vector file");
                }
                String name = in.readUTF();
                int dim = in.readInt();
                int n = in.readInt();
                if (name.equals(model.modelName()) && dim == model.dimension()) {
                    for (int i = 0; i < n; i++) {
                        String text = in.readUTF();
                        float[] v = new float[dim];
                        for (int d = 0; d < dim; d++) {
                            v[d] = in.readFloat();
                        }
                        vectors.put(text, v);
                    }
                }
            }
        }
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        Set<String> missing = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!vectors.containsKey(s)) {
                missing.add(s);
            }
        }
        List<String> todo = new ArrayList<>(missing);
        if (!todo.isEmpty()) {
            float[][] fresh = model.embed(todo);
            for (int i = 0; i < fresh.length; i++) {
                vectors.put(todo.get(i), fresh[i]);
            }
            dirty = true;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors.get(sentences.get(i));
        }
        return out;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    /** Writes the vectors to the file if any were added. */
    public void save() throws IOException {
        if (!dirty) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeUTF(model.modelName());
            out.writeInt(model.dimension());
            int kept = 0;
            for (String text : vectors.keySet()) {
                kept += text.length() <= MAX_TEXT ? 1 : 0;
            }
            out.writeInt(kept);
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                if (e.getKey().length() > MAX_TEXT) {
                    continue; // writeUTF holds at most 65,535 bytes
                }
                out.writeUTF(e.getKey());
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
