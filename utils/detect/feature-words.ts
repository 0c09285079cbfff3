/** A folded text's words as the learned readers count them: runs of letters, each run of digits one "0". */
export function featureWords(folded: string): string[] {
  return folded.replace(/\d+/g, ' 0 ').match(/[a-z0]+/g) ?? [];
}
