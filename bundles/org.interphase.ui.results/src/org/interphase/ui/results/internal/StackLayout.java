package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.Rectangle;
import org.interphase.results.read.StackLayer;
import org.interphase.ui.results.internal.StackPicture.Box;
import org.interphase.ui.results.internal.StackPicture.Side;

/**
 * Where the stack view puts everything, for a width, without a display (text is measured by the
 * caller's function): nothing overlaps at any width. Text never sits beside or above the layers,
 * where neighbouring labels collided ("CEI - nm, contact 100%" over "SEI 11.9 nm"); it goes in rows:
 * <ol>
 * <li>the series resistance;</li>
 * <li>one row per interface (a swatch in its colour and its values);</li>
 * <li>the layers as a band across the width, widths on the log thickness scale of {@link StackPicture}
 * scaled to the width, a layer's number inside it when the number fits;</li>
 * <li>one legend row per layer: its number, name, thickness and fillers.</li>
 * </ol>
 * A row too long for the width is cut with an ellipsis. {@link #height()} is the height it all needs;
 * the view scrolls when it has less.
 */
public final class StackLayout {

    /** What is drawn where. */
    public enum Kind {
        TEXT, LAYER, INTERFACE, SWATCH
    }

    /** An item: its kind, bounds, text (TEXT), layer index (LAYER, SWATCH of a layer) or side (INTERFACE, SWATCH). */
    public record Item(Kind kind, Rectangle bounds, String text, int layer, Side side) {
    }

    static final int MARGIN = 10;
    static final int GAP = 4;
    static final int INTERFACE = 8;
    static final int SWATCH = 10;
    static final int MIN_BAND = 60;

    private final List<Item> items = new ArrayList<>();
    private final int height;

    /**
     * @param width       the width to lay out in
     * @param height      the height available (the band grows into what the rows leave)
     * @param boxes       the layers with their natural widths ({@link StackPicture#boxes()})
     * @param electrolyte the electrolyte's index (interfaces on both of its sides), or -1
     * @param resistance  the resistance row's text
     * @param interfaces  the cathode and anode interface rows' texts
     * @param textWidth   the width of a text in pixels
     * @param lineHeight  the height of a line of text
     */
    public StackLayout(int width, int height, List<Box> boxes, int electrolyte, String resistance, String[] interfaces,
            ToIntFunction<String> textWidth, int lineHeight) {
        int inner = Math.max(1, width - 2 * MARGIN);
        int y = MARGIN;
        y = text(resistance, MARGIN, y, inner, textWidth, lineHeight);
        if (electrolyte >= 0) {
            Side[] sides = { Side.CATHODE, Side.ANODE };
            for (int k = 0; k < 2; k++) {
                items.add(new Item(Kind.SWATCH, new Rectangle(MARGIN, y + (lineHeight - SWATCH) / 2, SWATCH, SWATCH), null, -1, sides[k]));
                y = text(interfaces[k], MARGIN + SWATCH + GAP, y, inner - SWATCH - GAP, textWidth, lineHeight);
            }
        }
        y += GAP + 6;
        int legend = boxes.size() * (lineHeight + GAP);
        int band = Math.max(MIN_BAND, height - y - 6 - GAP - legend - MARGIN);
        int interfaces2 = electrolyte >= 0 ? 2 * INTERFACE : 0;
        int[] widths = scale(boxes, inner - interfaces2);
        int x = MARGIN;
        for (int i = 0; i < boxes.size(); i++) {
            if (i == electrolyte) {
                items.add(new Item(Kind.INTERFACE, new Rectangle(x, y - 6, INTERFACE, band + 12), null, -1, Side.CATHODE));
                x += INTERFACE;
            }
            items.add(new Item(Kind.LAYER, new Rectangle(x, y, widths[i], band), null, i, null));
            String number = Integer.toString(i + 1);
            int nw = textWidth.applyAsInt(number);
            if (nw + 4 <= widths[i] && lineHeight + 4 <= band) {
                items.add(new Item(Kind.TEXT, new Rectangle(x + (widths[i] - nw) / 2, y + 2, nw, lineHeight), number, i, null));
            }
            x += widths[i];
            if (i == electrolyte) {
                items.add(new Item(Kind.INTERFACE, new Rectangle(x, y - 6, INTERFACE, band + 12), null, -1, Side.ANODE));
                x += INTERFACE;
            }
        }
        y += band + 6 + GAP;
        for (int i = 0; i < boxes.size(); i++) {
            items.add(new Item(Kind.SWATCH, new Rectangle(MARGIN, y + (lineHeight - SWATCH) / 2, SWATCH, SWATCH), null, i, null));
            y = text((i + 1) + "  " + label(boxes.get(i).layer()), MARGIN + SWATCH + GAP, y, inner - SWATCH - GAP, textWidth,
                    lineHeight);
        }
        this.height = y + MARGIN;
    }

    /** A layer's legend text: name, thickness, fillers. */
    static String label(StackLayer l) {
        String name = l.material() == null ? l.kind() : l.material() + " (" + l.kind() + ")";
        String thickness = l.thickness() == null ? "thickness not given" : l.thickness();
        return name + ", " + thickness + (l.fillers().isEmpty() ? "" : ", + " + String.join(", ", l.fillers()));
    }

    /** The natural widths scaled so that the layers fill the width; each at least 3 px. */
    private static int[] scale(List<Box> boxes, int available) {
        int[] w = new int[boxes.size()];
        double natural = boxes.stream().mapToInt(Box::width).sum();
        if (natural <= 0) {
            return w;
        }
        double s = Math.max(0, available - 3 * boxes.size()) / natural;
        for (int i = 0; i < w.length; i++) {
            w[i] = 3 + (int) Math.floor(boxes.get(i).width() * s);
        }
        return w;
    }

    private int text(String text, int x, int y, int max, ToIntFunction<String> textWidth, int lineHeight) {
        String t = fit(text == null ? "" : text, Math.max(0, max), textWidth);
        items.add(new Item(Kind.TEXT, new Rectangle(x, y, Math.min(max, textWidth.applyAsInt(t)), lineHeight), t, -1, null));
        return y + lineHeight + GAP;
    }

    /** The text, cut with an ellipsis to fit the width. */
    static String fit(String text, int max, ToIntFunction<String> textWidth) {
        if (textWidth.applyAsInt(text) <= max) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && textWidth.applyAsInt(t + "\u2026") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "" : t + "\u2026";
    }

    public List<Item> items() {
        return items;
    }

    /** The height everything needs. */
    public int height() {
        return height;
    }

    /**
     * The pairs of items that overlap, as text (empty when none), except a layer's number inside its
     * layer; and anything beyond the width.
     */
    public List<String> overlaps(int width) {
        List<String> found = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            Item p = items.get(a);
            Rectangle r = p.bounds();
            if (r.x < 0 || r.x + r.width > width) {
                found.add(describe(p) + " outside 0.." + width);
            }
            for (int b = a + 1; b < items.size(); b++) {
                Item q = items.get(b);
                boolean ownNumber = (p.kind() == Kind.TEXT && q.kind() == Kind.LAYER && p.layer() == q.layer())
                        || (q.kind() == Kind.TEXT && p.kind() == Kind.LAYER && p.layer() == q.layer());
                if (!ownNumber && r.intersects(q.bounds())) {
                    found.add(describe(p) + " overlaps " + describe(q));
                }
            }
        }
        return found;
    }

    private static String describe(Item i) {
        return i.kind() + (i.text() != null ? " '" + i.text() + "'" : i.layer() >= 0 ? " " + (i.layer() + 1) : " " + i.side())
                + " " + i.bounds();
    }
}
