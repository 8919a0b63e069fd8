import type { APIRoute } from 'astro';
import { routes } from '../lib/routes';

/** Every page may be crawled; the sitemap says which there are. */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.file('sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
