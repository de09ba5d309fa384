/**
 * The settings of {@code kehoach validate}: rules off, severities, fail-on level, language and format, from the
 * command line and from a {@code .kehoach.json} or {@code .kehoach.yml} file.
 */
package vn.kehoach.cli.config;
