/**
 * A share page (/<slug>/s/<id>/) exists for the previews crawlers build from it; a person is
 * taken straight on to the passage in the article (/<slug>/#<id>), in view and highlighted.
 * `replace`, so the back button does not lead to this page again.
 */
const landing = document.querySelector<HTMLAnchorElement>('a[data-landing]');
if (landing) location.replace(landing.href);
