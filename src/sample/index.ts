export { generateSample } from './generate';
export { generateScaled, type ScaledOptions } from './scaled';
export { generateCommune, generateProvince, SAMPLE_COMMUNE, type CommuneSpec, type SampleFile } from './commune';
