/** The `stopword` package ships one untyped ES module per language, each with one named export (its ISO 639-3 code). */
declare module 'stopword/src/*' {
  const lists: { readonly [code: string]: readonly string[] | undefined };
  export = lists;
}
