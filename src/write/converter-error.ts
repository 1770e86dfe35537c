// The error of a failed conversion to PDF, apart from the converter (./pdf.ts), which loads only when PDF is asked for.

/** LibreOffice is not installed, or it could not convert: the user sees the message, exit code 2. */
export class ConverterError extends Error {
  override name = 'ConverterError';
}
