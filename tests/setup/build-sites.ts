/** The build tier's set-up: the site in dist/ and the test articles' site, side by side (tests/setup/build-site.ts). */
export { buildSites as default } from './build-site';
