package org.interphase.dsl.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Value converters of the cell language: numbers, whole numbers, units (atoms joined without
 * spaces, side-by-side atoms joined with a middle dot) and phrases (words joined by one space).
 */
public class InterphaseValueConverters extends AbstractDeclarativeValueConverterService {

    @Inject
    private IDValueConverter idValueConverter;

    @Inject
    private STRINGValueConverter stringValueConverter;

    @ValueConverter(rule = "ID")
    public IValueConverter<String> ID() {
        return idValueConverter;
    }

    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return stringValueConverter;
    }

    @ValueConverter(rule = "NUMERAL")
    public IValueConverter<Double> NUMERAL() {
        return DECIMAL;
    }

    /** A signed number: '-' and the numeral, possibly with a space between them. */
    @ValueConverter(rule = "Number")
    public IValueConverter<Double> Number() {
        return DECIMAL;
    }

    private static final IValueConverter<Double> DECIMAL = new AbstractNullSafeConverter<>() {
        @Override
        protected Double internalToValue(String string, INode node) {
            try {
                return Double.valueOf(string.replace(" ", ""));
            } catch (NumberFormatException e) {
                throw new ValueConverterException("not a number: " + string, node, e);
            }
        }

        @Override
        protected String internalToString(Double value) {
            return formatNumber(value);
        }
    };

    @ValueConverter(rule = "Integer")
    public IValueConverter<Integer> Integer() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected Integer internalToValue(String string, INode node) {
                double value;
                try {
                    value = Double.parseDouble(string);
                } catch (NumberFormatException e) {
                    throw new ValueConverterException("not a number: " + string, node, e);
                }
                if (value > java.lang.Integer.MAX_VALUE) {
                    throw new ValueConverterException("a count is at most 2147483647, got " + string, node, null);
                }
                if (value != Math.rint(value)) {
                    throw new ValueConverterException("expected a whole number, got " + string, node, null);
                }
                return (int) value;
            }

            @Override
            protected String internalToString(Integer value) {
                return value.toString();
            }
        };
    }

    @ValueConverter(rule = "Unit")
    public IValueConverter<String> Unit() {
        return fromTokens(tokens -> {
            StringBuilder b = new StringBuilder();
            boolean lastWasAtom = false;
            for (String text : tokens) {
                boolean operator = text.equals("/") || text.equals("*") || text.equals("·");
                if (!operator && lastWasAtom) {
                    b.append('·');
                }
                b.append(operator && !text.equals("/") ? "·" : text);
                lastWasAtom = !operator;
            }
            return b.toString();
        }, value -> value.replace("·", " "));
    }

    @ValueConverter(rule = "Phrase")
    public IValueConverter<String> Phrase() {
        return fromTokens(tokens -> tokens.stream().map(t -> t.startsWith("^") ? t.substring(1) : t)
                .collect(Collectors.joining(" ")), value -> value);
    }

    /**
     * A value written as several tokens: the texts of its tokens (not the hidden ones: spaces,
     * comments) joined by a rule, and written back by another.
     */
    private static IValueConverter<String> fromTokens(Function<List<String>, String> join, UnaryOperator<String> write) {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String string, INode node) {
                if (node == null) {
                    return string;
                }
                List<String> tokens = new ArrayList<>();
                for (ILeafNode leaf : node.getLeafNodes()) {
                    if (!leaf.isHidden()) {
                        tokens.add(leaf.getText());
                    }
                }
                return join.apply(tokens);
            }

            @Override
            protected String internalToString(String value) {
                return write.apply(value);
            }
        };
    }

    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
