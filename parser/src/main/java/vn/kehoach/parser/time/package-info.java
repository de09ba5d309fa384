/** Stage 6, time: calendar dates and plan periods in Vietnamese text (deadlines and targets build on it). */
package vn.kehoach.parser.time;
