// The named styles of the generated DOCX: Word's headings and a justified body style, in Polish.
import { AlignmentType, type IStylesOptions } from 'docx';

export const BODY_STYLE = 'BodyText';

// Returns the style definitions: document defaults in Polish, headings and the body text style.
export function styles(): IStylesOptions {
  return {
    default: {
      document: { run: { language: { value: 'pl-PL', eastAsia: 'pl-PL', bidirectional: 'ar-SA' } } },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
      },
    ],
  };
}
