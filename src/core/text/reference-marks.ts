/**
 * Reference marks as encyclopedias and papers write them after a sentence or a clause: "[46]", "[1][2]",
 * "[1]: 207", "[a]", "[note 3]", "[citation needed]". They point elsewhere; they are not the sentence's words.
 * Other bracketed text stays: a pronunciation ("[aɔˈtɛaɾɔa]"), an editor's "[sic]", "[the president]" or
 * "[T]he" (a mark is never glued to the next word).
 */
const REFERENCE_MARK = /\[(?:\d{1,4}|[a-z]{1,2}|(?:note|nb|n|fn) ?\d{1,3}|[a-z ]{3,25} needed)\](?::\s*[\d–-]+)?(?![\p{L}\p{N}])/gu;

/** `text` with its reference marks replaced by `by` (a space keeps words apart; '' for display). */
export function withoutReferenceMarks(text: string, by = ' '): string {
  return text.replace(REFERENCE_MARK, by);
}
