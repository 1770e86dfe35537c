// The DOCX skeleton (./skeleton.ts), made by docx when first needed. scripts/bundle.mjs replaces this module in dist/
// with one that holds the skeleton made when bundling, so that the command writes a DOCX without loading docx.
import type { Skeleton } from './skeleton.ts';

let made: Promise<Skeleton> | undefined;

// Returns the skeleton, made once per process.
export function loadSkeleton(): Promise<Skeleton> {
  made ??= import('./make-skeleton.ts').then((module) => module.makeSkeleton());
  return made;
}
