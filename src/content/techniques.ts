import raw from './nl/technieken.json';
import { TechniqueCorpusSchema } from '../language/techniques';
import { parseDataFile } from '../dataFile';

/** The examples the technique classifier is trained on (validated at start-up). */
export const techniqueCorpus = parseDataFile('content/nl/technieken.json', TechniqueCorpusSchema, raw);
