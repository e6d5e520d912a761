/**
 * What the map's attribution control lists: every data source the site
 * credits (site.yaml `credits`), linked, with its licence. Pure.
 */
import type { Site } from '@/content/schema'

export function creditsHtml(site: Pick<Site, 'credits'>): string[] {
  return site.credits.map((credit) => {
    const name = escapeHtml(credit.name)
    const linked = credit.url ? `<a href="${escapeHtml(credit.url)}" rel="noopener">${name}</a>` : name
    return `${linked} (${escapeHtml(credit.licence)})`
  })
}

/** The control inserts these strings as HTML; content text must stay text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
