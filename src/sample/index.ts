export { generateSample } from './generate';
export { generateScaled, type ScaledOptions } from './scaled';
export { generateCommune, generateProvince, SAMPLE_COMMUNE, type SampleFile } from './commune';
