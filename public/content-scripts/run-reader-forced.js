// "Try anyway": as run-reader.js, with Readability's thresholds relaxed.
globalThis.__ledeRead(true);
