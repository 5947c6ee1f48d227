package org.interphase.results.read;

import java.nio.file.Path;
import java.util.List;

/**
 * sweep.csv ({@code OUT/<sweep>/sweep.csv}): the varied values of each point, then the cell and its metrics.
 *
 * @param file    the file
 * @param name    the sweep (its folder's name)
 * @param varied  the columns of the varied values, e.g. {@code LagpLco.cathode.coating.thickness_nm}
 * @param metrics the numeric metric columns after {@code cell,status}
 * @param table   the rows
 */
public record SweepResult(Path file, String name, List<String> varied, List<String> metrics, Table table) {
}
