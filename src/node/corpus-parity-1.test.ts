// First half of the corpus; the second half is a separate file so that vitest runs both on two cores.
import { describe } from 'vitest';
import { CORPUS_PAGES, corpusParityTests } from './corpus-parity';

describe('corpus parity (1/2)', () => corpusParityTests(CORPUS_PAGES.slice(0, CORPUS_PAGES.length >> 1)));
