package org.interphase.results.read;

import java.util.List;

/**
 * One layer of the {@code stack} of summary.json.
 *
 * @param kind       cathode, coating, interlayer, electrolyte or anode
 * @param side       cathode, electrolyte or anode
 * @param material   the material's name (the polymer for the electrolyte), or null
 * @param thicknessM the thickness in metres, NaN when the cell does not give it
 * @param thickness  the thickness as written ("20 nm"), or null
 * @param fillers    the electrolyte's fillers, as "LLZTO 50 wt%" texts; empty for other layers
 */
public record StackLayer(String kind, String side, String material, double thicknessM, String thickness,
        List<String> fillers) {
}
