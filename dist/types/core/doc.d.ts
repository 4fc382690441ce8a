/**
 * `document[name]` as the platform defines it. Any element with `name="body"` (`<img>`, `<form>`, `<embed>`…) makes
 * `document.body` that element (DOM clobbering), for every document property and method; reading through
 * `Document.prototype` with the document as receiver skips those named elements. Call methods with `.call(document)`.
 * @example doc('body').append(host); doc('querySelector').call(document, '.payment-error');
 */
export declare const doc: <K extends keyof Document>(name: K) => Document[K];
