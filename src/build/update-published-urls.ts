// Adds the URLs a build publishes to tests/published-urls.txt. It never removes one: a URL that goes needs a redirect.
// Usage: npm run urls   (builds the site into dist/ first)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseUrlList, publishedUrls } from '../hosting/published-urls.ts';

const LIST = 'tests/published-urls.txt';
const HEADER = `# Every URL the site has published, by path under the base path. A test fails if one disappears
# from the build without a redirect in src/hosting/redirects.ts. Add new URLs with \`npm run urls\`; never delete a line.
`;

const listed = parseUrlList(readFileSync(LIST, { encoding: 'utf8', flag: 'a+' }));
const built = publishedUrls(process.argv[2] ?? 'dist');
const added = built.filter((url) => !listed.includes(url));
writeFileSync(LIST, HEADER + [...new Set([...listed, ...built])].sort().join('\n') + '\n');
console.log(added.length ? `Added to ${LIST}:\n${added.join('\n')}` : `${LIST} already lists every URL of the build.`);
