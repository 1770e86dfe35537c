// Runs before each test file. The files of a worker share its modules (vitest.config.ts: isolate: false), so what a
// module keeps between calls is put back as a new process has it: the language of the messages.
import { useLanguage } from '../../src/i18n/translate.ts';

useLanguage('en');
