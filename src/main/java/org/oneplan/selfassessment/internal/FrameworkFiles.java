package org.oneplan.selfassessment.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oneplan.selfassessment.Framework;
import org.oneplan.web.FieldProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a framework file (YAML, the format of {@code frameworks/progress-pcsp.yaml}) and checks it,
 * returning either the framework or every problem found. It never throws for bad input.
 */
public final class FrameworkFiles {

    /** The largest file accepted, in characters. */
    public static final int MAX_CHARACTERS = 1_000_000;

    private FrameworkFiles() {
    }

    /** Either {@code framework} (when {@code problems} is empty) or the problems, never both. */
    public record Result(Framework framework, List<FieldProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A file as sent or shipped: UTF-8, with or without a byte order mark. */
    public static Result read(byte[] file) {
        if (file.length > MAX_CHARACTERS * 4L) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.TOO_LARGE));
        }
        try {
            return read(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString());
        } catch (CharacterCodingException e) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.NOT_UTF8));
        }
    }

    public static Result read(String text) {
        if (text == null || text.isBlank()) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.EMPTY));
        }
        if (text.length() > MAX_CHARACTERS) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.TOO_LARGE));
        }
        Object tree;
        try {
            tree = yaml().load(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? ""
                    : " (line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1) + ")";
            return rejected(FrameworkProblems.problem("", FrameworkProblems.NOT_YAML + ": " + e.getProblem() + where));
        } catch (RuntimeException e) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.NOT_YAML));
        }
        if (!(tree instanceof Map<?, ?> root)) {
            return rejected(FrameworkProblems.problem("", FrameworkProblems.NOT_A_MAPPING));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Framework framework = new FrameworkReader(problems).framework(root);
        problems.addAll(FrameworkRules.check(framework));
        return problems.isEmpty() ? new Result(framework, List.of()) : new Result(null, problems);
    }

    private static Result rejected(FieldProblem problem) {
        return new Result(null, List.of(problem));
    }

    /** Plain data only: no tags that create objects, no duplicate keys, few aliases (no "billion laughs"). */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARACTERS * 2);
        return new Yaml(new SafeConstructor(options));
    }
}
