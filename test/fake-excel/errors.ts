/** Errors shaped like Office.js's `OfficeExtension.Error`: a `code` the host can test, and debug info. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const notLoaded = (prop: string) =>
  new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const notFound = (what: string) => new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}`);

export const invalidArgument = (message: string, location?: string) => new FakeExcelError('InvalidArgument', message, location);

export const apiNotFound = (api: string, version: string) =>
  new FakeExcelError('ApiNotFound', `The API you are trying to use could not be found (${api} needs ExcelApi ${version}).`);
