// "Try anyway": as run-reader.js, with Readability's thresholds relaxed.
typeof globalThis.__ledeRead === 'function' ? globalThis.__ledeRead(true) : undefined;
