/** Where results go: files replaced atomically, and the progress line on a terminal. */
package vn.kehoach.cli.output;
