/** `npm run docs:privacy`: writes docs/privacy.md from utils/privacy/ (the options page shows the same text). */
import { writeFileSync } from 'node:fs';
import { privacyPolicyMarkdown } from '../utils/privacy/policy-markdown';

writeFileSync('docs/privacy.md', privacyPolicyMarkdown());
console.log('docs/privacy.md written');
