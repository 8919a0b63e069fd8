/**
 * A share page (/<slug>/s/<id>/) exists for the previews crawlers build from it; a person is
 * taken straight on to the passage in the article (/<slug>/#<id>), in view and highlighted.
 * A text fragment on the share link (`#:~:text=…`, a link to selected words) goes along: the
 * browser hides it from `location` but not from the navigation's entry. `replace`, so the back
 * button does not lead to this page again.
 */
const landing = document.querySelector<HTMLAnchorElement>('a[data-landing]');
const address = (performance.getEntriesByType('navigation')[0]?.name ?? location.href).split('#')[1] ?? '';
if (landing) location.replace(`${landing.href}${address.match(/:~:.*/)?.[0] ?? ''}`);
