package org.pulsewall.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a tree that remembers where each value stands, so that every problem can
 * be reported as {@code file:line}. Parsing composes nodes only: no objects are constructed from
 * tags, so a config file cannot instantiate classes.
 */
final class YamlNode {
    private final Node node;
    private final String file;

    private YamlNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    static YamlNode parse(String text, String file) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(4 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                throw new ConfigException(List.of(new ConfigProblem(file, 1, "the file is empty")));
            }
            return new YamlNode(root, file);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(List.of(new ConfigProblem(file, line, "YAML syntax: " + what)));
        } catch (YAMLException e) {
            throw new ConfigException(List.of(new ConfigProblem(file, 0, "YAML: " + e.getMessage())));
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column where the scalar's text starts (after an opening quote). */
    int textColumn() {
        int column = node.getStartMark().getColumn() + 1;
        boolean quoted = node instanceof ScalarNode s && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        return quoted ? column + 1 : column;
    }

    String file() {
        return file;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Entries of a mapping in file order; a key given twice is reported to {@code problems}. */
    Map<String, YamlNode> entries(List<ConfigProblem> problems) {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
                if (out.containsKey(key)) {
                    problems.add(new ConfigProblem(file, tuple.getKeyNode().getStartMark().getLine() + 1,
                            "'" + key + "' is given twice"));
                }
                out.put(key, new YamlNode(tuple.getValueNode(), file));
            }
        }
        return out;
    }

    List<YamlNode> items() {
        List<YamlNode> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                out.add(new YamlNode(n, file));
            }
        }
        return out;
    }

    /** The scalar's text, or empty for null, a map or a list. */
    Optional<String> text() {
        return node instanceof ScalarNode s && !isNull() ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** The value as plain Java: String for scalars (null for ~), List and LinkedHashMap for collections. */
    Object plain() {
        if (node instanceof ScalarNode) {
            return text().orElse(null);
        }
        if (node instanceof SequenceNode) {
            List<Object> list = new ArrayList<>();
            for (YamlNode item : items()) {
                list.add(item.plain());
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        entries(new ArrayList<>()).forEach((k, v) -> map.put(k, v.plain()));
        return map;
    }

    ConfigProblem problem(String message) {
        return new ConfigProblem(file, line(), message);
    }

    /**
     * The scalar's text read by {@code parse} (a java.time parser): null when {@code node} is absent,
     * or, when {@code parse} throws, null with a problem at the node that {@code wrong} words from the text.
     */
    static <T> T parsed(YamlNode node, Function<String, T> parse, UnaryOperator<String> wrong,
                        List<ConfigProblem> problems) {
        if (node == null) {
            return null;
        }
        String text = node.text().orElse("");
        try {
            return parse.apply(text);
        } catch (java.time.DateTimeException e) {
            problems.add(node.problem(wrong.apply(text)));
            return null;
        }
    }
}
