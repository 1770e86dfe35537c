// The DOCX skeleton (./skeleton.ts), made by docx when first needed; none when docx writes a shape ./make-skeleton.ts
// does not expect, and the DOCX is then written with docx itself (./with-docx.ts). scripts/bundle.mjs replaces this
// module in dist/ with one that holds the skeleton made when bundling (or none), so that a DOCX is written without
// loading docx.
import type { Skeleton } from './skeleton.ts';

let made: Promise<Skeleton | undefined> | undefined;

// Returns the skeleton, made once per process, or undefined when it cannot be made.
export function loadSkeleton(): Promise<Skeleton | undefined> {
  made ??= skeletonOrNone(() => import('./make-skeleton.ts').then((module) => module.makeSkeleton()));
  return made;
}

// Makes the skeleton; returns undefined when making it fails.
export async function skeletonOrNone(make: () => Promise<Skeleton>): Promise<Skeleton | undefined> {
  try {
    return await make();
  } catch {
    return undefined;
  }
}
