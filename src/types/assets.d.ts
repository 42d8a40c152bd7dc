/** A TrueType font bundled by webpack as base64 (webpack.config.js, `asset/inline`). */
declare module '*.ttf' {
  const base64: string;
  export default base64;
}
