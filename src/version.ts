/** This package's version; `npm test` checks it against package.json. */
export const version = '0.1.0';
