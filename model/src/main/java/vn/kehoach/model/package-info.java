/**
 * The plan JSON contract (spec {@code plan-json-v1}) as immutable records; {@link vn.kehoach.model.PlanJson} reads and writes it.
 */
package vn.kehoach.model;
