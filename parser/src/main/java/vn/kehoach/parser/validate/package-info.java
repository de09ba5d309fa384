/** Stage 7, validate: checks of the assembled document against the rules for administrative documents; output: diagnostics. */
package vn.kehoach.parser.validate;
