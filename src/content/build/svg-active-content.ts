/**
 * Finds active content in an SVG image an editor adds. Inside `<img>` an SVG
 * is inert, but the build publishes it as a file in the guide's origin, and
 * opened directly (a shared link, "open image in new tab") its `<script>`,
 * `onload` or `javascript:` link runs with the guide's storage. So an SVG may
 * only be a plain drawing: an allowlist of SVG elements, no event attributes,
 * references only inside the drawing (`#id`) or to embedded pictures
 * (`data:image/…`), no DOCTYPE (entities) and no processing instructions.
 *
 * Hand-written on top of saxes rather than an off-the-shelf sanitiser: those
 * (DOMPurify and the like) need a DOM and silently rewrite the file, while the
 * editor needs to be told which line to fix and the file must stay as drawn.
 * saxes is a maintained, strict XML parser (jsdom's) that resolves namespaces
 * (so `<h:script xmlns:h="…xhtml">` is seen for what it is), rejects what a
 * browser's XML parser rejects and reports line numbers; the rules are ours.
 */
import { SaxesParser, type SaxesAttributeNS } from 'saxes'

export interface SvgIssue {
  /** 1-based line in the SVG file. */
  line: number
  message: string
  hint: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const XLINK_NS = 'http://www.w3.org/1999/xlink'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
/** Namespaces whose elements a browser acts on: XHTML runs `<script>`, MathML elements could be links. */
const ACTIVE_NS = new Set([SVG_NS, 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML'])

/**
 * What a drawing is made of. Left out on purpose: `script`, `foreignObject`
 * (embeds HTML), `a` (a cover links nowhere), `view` and `cursor`. `style` is
 * in: drawing programs write it, and CSS cannot run code.
 */
const DRAWING_ELEMENTS = new Set([
  ...['svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'metadata', 'style'],
  ...['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'image'],
  ...['text', 'tspan', 'textPath'],
  ...['linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker'],
  ...['filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix'],
  ...['feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA'],
  ...['feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode'],
  ...['feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence'],
  // Animations move the drawing; the ones that could retarget a link are caught by ANIMATED_NAME.
  ...['animate', 'animateTransform', 'animateMotion', 'mpath', 'set'],
])

/** Animations that name the attribute they change. */
const ANIMATED_NAME = new Set(['animate', 'set', 'animateTransform'])

/** A reference inside the drawing, or a picture embedded in it: nothing a browser would navigate to or run. */
const SAFE_REFERENCE = /^(?:#|data:image\/)/i

const PLAIN = 'an SVG image must be a plain drawing'
const HINTS = {
  element: (name: string) => `remove the <${name}> element; ${PLAIN} (shapes, gradients, text)`,
  event: (name: string) => `remove the ${name} attribute; ${PLAIN}`,
  reference: `point only inside the drawing (#id) or embed the picture as data:image/…; ${PLAIN}`,
  resave: 'open it in a drawing program and save it again as plain SVG',
}

/** Every active or unreadable part of `text`, in file order; empty for a plain drawing. */
export function findActiveContent(text: string): SvgIssue[] {
  const issues: SvgIssue[] = []
  const parser = new SaxesParser({ xmlns: true, position: true })
  const report = (line: number, message: string, hint: string) => issues.push({ line, message, hint })

  // Lines are known as each part is read; the namespaces only once the tag is complete.
  let tagLine = 1
  let attributeLines = new Map<string, number>()
  // One frame per open element: inside a rejected one nothing more is reported.
  const open: { rejected: boolean; inMetadata: boolean }[] = []

  parser.on('doctype', (doctype) => {
    report(
      parser.line - newlines(doctype),
      'has a <!DOCTYPE> declaration, whose entities can smuggle in content the rest of this check does not see',
      'remove the <!DOCTYPE …> declaration with any <!ENTITY> in it; SVG needs none',
    )
  })
  parser.on('processinginstruction', ({ target, body }) => {
    report(
      parser.line - newlines(target + body),
      `has a <?${target} …?> instruction, which can make the browser load and run a stylesheet`,
      `remove it; ${PLAIN}`,
    )
  })
  parser.on('opentagstart', () => {
    tagLine = parser.line
    attributeLines = new Map()
  })
  parser.on('attribute', ({ name }) => attributeLines.set(name, parser.line))
  parser.on('opentag', (tag) => {
    const parent = open.at(-1)
    if (parent?.rejected) return void open.push({ rejected: true, inMetadata: true })
    const problem = elementProblem(tag.local, tag.uri, parent === undefined, parent?.inMetadata ?? false)
    if (problem) {
      report(tagLine, problem.message, problem.hint)
      return void open.push({ rejected: true, inMetadata: true })
    }
    for (const attribute of Object.values(tag.attributes)) {
      const found = attributeProblem(tag.local, attribute)
      if (found) report(attributeLines.get(attribute.name) ?? tagLine, found.message, found.hint)
    }
    open.push({ rejected: false, inMetadata: parent?.inMetadata || (tag.uri === SVG_NS && tag.local === 'metadata') })
  })
  parser.on('closetag', () => void open.pop())

  const unreadable = new Error('unreadable')
  parser.on('error', (error) => {
    // saxes keeps going after an error; a browser shows nothing at all, so one report is enough.
    const reason = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
    report(parser.line, `cannot be read as XML (${reason}), so browsers will not show it`, HINTS.resave)
    throw unreadable
  })
  try {
    parser.write(text).close()
  } catch (error) {
    if (error !== unreadable) throw error
  }
  return issues.sort((a, b) => a.line - b.line)
}

type Found = { message: string; hint: string } | undefined

function elementProblem(local: string, uri: string, isRoot: boolean, inMetadata: boolean): Found {
  if (isRoot && local === 'svg' && uri === '') {
    return {
      message: 'the <svg> element has no SVG namespace, so browsers read the file as plain XML',
      hint: 'add xmlns="http://www.w3.org/2000/svg" to the <svg> element',
    }
  }
  if (isRoot && (local !== 'svg' || uri !== SVG_NS)) {
    return { message: `starts with <${local}>, not <svg>: this is not an SVG drawing`, hint: HINTS.resave }
  }
  if (uri === SVG_NS) {
    if (DRAWING_ELEMENTS.has(local)) return undefined
    return { message: `<${local}> is not allowed: ${whyElement(local)}`, hint: HINTS.element(local) }
  }
  // Editors' notes (RDF licence data, drawing-program state) are inert when kept inside <metadata>.
  if (inMetadata && !ACTIVE_NS.has(uri)) return undefined
  return {
    message: `<${local}>${uri ? ` (namespace ${uri})` : ''} is not part of an SVG drawing and may be acted on by the browser`,
    hint: `${HINTS.element(local)}; a drawing program's own data belongs inside <metadata>, or save as plain SVG`,
  }
}

function whyElement(local: string): string {
  if (local === 'script') return 'it runs code when the file is opened on its own'
  if (local === 'foreignObject') return 'it embeds HTML, which can run code'
  if (local === 'a') return 'a link in a cover can lead to code (javascript:) and is not clickable in the guide anyway'
  return 'it is not one of the elements a plain drawing is made of'
}

function attributeProblem(element: string, attribute: SaxesAttributeNS): Found {
  const { local, uri, value, name } = attribute
  if (/^on/i.test(local)) {
    return {
      message: `${name} is an event attribute: it runs code when the file is opened on its own`,
      hint: HINTS.event(name),
    }
  }
  if (local === 'href' && (uri === '' || uri === XLINK_NS) && !SAFE_REFERENCE.test(value.trim())) {
    return {
      message: `${name}="${shorten(value)}" on <${element}> points outside the drawing, where it can lead to code (javascript:) or other files`,
      hint: HINTS.reference,
    }
  }
  if (local === 'base' && uri === XML_NS) {
    return { message: `${name} changes where references point`, hint: `remove it; ${PLAIN}` }
  }
  if (local === 'attributeName' && uri === '' && ANIMATED_NAME.has(element)) {
    // The animated attribute may carry any prefix bound to XLink; its local part is what counts.
    const target = value.trim().split(':').at(-1)!
    if (target === 'href' || /^on/i.test(target)) {
      return {
        message: `<${element}> changes the ${value.trim()} attribute, which can turn a reference into code`,
        hint: `remove the animation, or animate only how the drawing looks; ${PLAIN}`,
      }
    }
  }
  return undefined
}

function newlines(text: string): number {
  return text.split('\n').length - 1
}

function shorten(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).slice(1, -1)
}
