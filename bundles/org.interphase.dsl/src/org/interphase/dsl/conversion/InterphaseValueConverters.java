package org.interphase.dsl.conversion;

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
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String string, INode node) {
                if (node == null) {
                    return string;
                }
                StringBuilder b = new StringBuilder();
                boolean lastWasAtom = false;
                for (ILeafNode leaf : node.getLeafNodes()) {
                    if (leaf.isHidden()) {
                        continue;
                    }
                    String text = leaf.getText();
                    boolean operator = text.equals("/") || text.equals("*") || text.equals("·");
                    if (!operator && lastWasAtom) {
                        b.append('·');
                    }
                    b.append(operator && !text.equals("/") ? "·" : text);
                    lastWasAtom = !operator;
                }
                return b.toString();
            }

            @Override
            protected String internalToString(String value) {
                return value.replace("·", " ");
            }
        };
    }

    @ValueConverter(rule = "Phrase")
    public IValueConverter<String> Phrase() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String string, INode node) {
                if (node == null) {
                    return string;
                }
                StringBuilder b = new StringBuilder();
                for (ILeafNode leaf : node.getLeafNodes()) {
                    if (!leaf.isHidden()) {
                        if (!b.isEmpty()) {
                            b.append(' ');
                        }
                        b.append(leaf.getText().startsWith("^") ? leaf.getText().substring(1) : leaf.getText());
                    }
                }
                return b.toString();
            }

            @Override
            protected String internalToString(String value) {
                return value;
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
