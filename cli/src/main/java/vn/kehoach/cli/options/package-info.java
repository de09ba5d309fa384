/** Options shared by several commands, as picocli mixins. */
package vn.kehoach.cli.options;
