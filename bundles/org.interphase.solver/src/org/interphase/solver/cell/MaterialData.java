package org.interphase.solver.cell;

import java.util.List;
import java.util.Optional;

import org.interphase.model.Material;
import org.interphase.model.Parameter;
import org.interphase.model.parameters.Materials;

/**
 * SI values of a material's parameters (own or inherited through 'based on'). A missing
 * parameter the model needs is a {@link CellModelException} naming the material and the parameter.
 */
final class MaterialData {

    private final Material material;

    MaterialData(Material material) {
        if (material == null || material.eIsProxy()) {
            throw new CellModelException("a material of the cell is not resolved");
        }
        this.material = material;
    }

    String name() {
        return material.getName();
    }

    Material material() {
        return material;
    }

    Optional<Double> optional(String parameter) {
        return Materials.find(material, parameter).map(p -> p.getValue().getSi());
    }

    double require(String parameter) {
        return optional(parameter).orElseThrow(() -> new CellModelException(
                "material " + material.getName() + " has no '" + parameter + "', which the cell model needs"));
    }

    /** Points (condition SI, value SI) of a parameter written with 'at', sorted by condition. */
    double[][] curve(String parameter) {
        List<Parameter> points = Materials.curve(material, parameter);
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xy[0][i] = points.get(i).getCondition().getSi();
            xy[1][i] = points.get(i).getValue().getSi();
        }
        return xy;
    }
}
