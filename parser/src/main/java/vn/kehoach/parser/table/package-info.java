/** Stage 4, tables: the task tables of a plan, in every form they arrive, as rows of cells by column role → {@link vn.kehoach.parser.table.TaskTable}. */
package vn.kehoach.parser.table;
