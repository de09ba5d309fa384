/** Stage 5, entities: header metadata, legal bases, signer, recipients, appendices and agencies, read from the layout and lines. */
package vn.kehoach.parser.entity;
