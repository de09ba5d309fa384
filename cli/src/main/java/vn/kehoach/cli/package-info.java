/** The kehoach command line: {@link vn.kehoach.cli.KehoachCommand} and one class per subcommand. */
package vn.kehoach.cli;
