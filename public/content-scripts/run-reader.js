// Injected right after reader.js in the same scripting.executeScript call. Its last expression is the value
// that call returns to the popup (a script's completion value), so extracting takes a single round trip.
// Plain JavaScript on purpose: a bundler would wrap it in a function and lose that value. If the reader did
// not load, the value is undefined and the popup says the page gave no answer.
typeof globalThis.__ledeRead === 'function' ? globalThis.__ledeRead(false) : undefined;
