/**
 * The kehoach library: {@link vn.kehoach.parser.PlanParser} runs the pipeline extract → normalize → outline →
 * tables → entities → time → validate and returns a {@link vn.kehoach.model.PlanDocument}.
 */
package vn.kehoach.parser;
