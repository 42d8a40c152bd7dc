export { generateSample } from './generate';
export { generateScaled, type ScaledOptions } from './scaled';
