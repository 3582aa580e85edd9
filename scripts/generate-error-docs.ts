import { writeFileSync } from 'node:fs';
import { renderErrorDocs } from '@zhixing/contracts';

writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorDocs());
