/**
 * The validator's rules, one class per diagnostic code; {@link vn.kehoach.parser.validate.Rules#ALL} lists them.
 * Sources cite Nghị định 30/2020/NĐ-CP (ND30; PL = its Phụ lục), Thông tư 01/2011/TT-BNV (TT01) and the rule
 * identifiers of shared/domain/vn-document-rules.md.
 */
package vn.kehoach.parser.validate.rule;
