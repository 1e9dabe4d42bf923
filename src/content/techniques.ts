import raw from './nl/technieken.json';
import { TechniqueCorpusSchema } from '../language/techniques';

const { $comment: _comment, ...data } = raw;

/** The examples the technique classifier is trained on (validated at start-up). */
export const techniqueCorpus = TechniqueCorpusSchema.parse(data);
