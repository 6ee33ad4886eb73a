// Injected right after first-read.js in the same scripting.executeScript call, as run-reader.js is after reader.js:
// its last expression is the value that call returns to the popup.
typeof globalThis.__ledeFirstRead === 'function' ? globalThis.__ledeFirstRead() : undefined;
