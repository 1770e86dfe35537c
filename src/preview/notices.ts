// Says what the preview cannot follow, in the language of the run, at the path as the analyst knows it.
import { relative, sep } from 'node:path';
import { showSafely } from '../diagnostics/characters.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import type { WatchProblem } from './watch.ts';

/** The system's codes the preview words itself; any other is named by its code. */
const REASONS: Record<string, MessageKey> = {
  EACCES: 'preview.reason-permission',
  EPERM: 'preview.reason-permission',
  ELOOP: 'preview.reason-loop',
  ENAMETOOLONG: 'preview.reason-loop',
  EMFILE: 'preview.reason-too-many',
  ENFILE: 'preview.reason-too-many',
  ENOSPC: 'preview.reason-too-many',
};

// Shows a path as the analyst knows it: relative to the working folder, unless it lies far outside it.
export function shownPath(path: string, cwd: string): string {
  const shown = relative(cwd, path).split(sep).join('/') || '.';
  return showSafely(shown.startsWith('../../') ? path : shown);
}

// Words a problem of the watch as one line, in the language of `messages`: the path and what is wrong with it.
export function noticeOf(problem: WatchProblem, cwd: string, messages: Messages): string {
  const { t } = messages;
  const path = shownPath(problem.path, cwd);
  if (problem.code === 'gone') return t('preview.gone', { path });
  const reason = REASONS[problem.code];
  return t('preview.cannot-follow', { path, reason: reason ? t(reason) : t('preview.reason-system', { code: problem.code }) });
}
