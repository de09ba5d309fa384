/** Stage 6, time: calendar dates, plan periods, and the deadline grammar ({@link vn.kehoach.parser.time.DeadlineParser}: phrases → the contract's deadline). */
package vn.kehoach.parser.time;
