// The words of the tests: the messages of a run in English or in Polish, and what a thrown error says in one of them.
import { saidBy } from '../../src/i18n/message.ts';
import { messagesIn, type Messages } from '../../src/i18n/messages.ts';

export const EN = messagesIn('en');
export const PL = messagesIn('pl');

// Returns what a step throws, written in a language (English unless given); fails when it throws nothing.
export function thrown(step: () => unknown, messages: Messages = EN): string {
  try {
    step();
  } catch (error) {
    return messages.text(saidBy(error));
  }
  throw new Error('expected the step to throw');
}

// Returns what a promise rejects with, written in a language (English unless given); fails when it resolves.
export async function rejected(promise: Promise<unknown>, messages: Messages = EN): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return messages.text(saidBy(error));
  }
  throw new Error('expected the promise to reject');
}
