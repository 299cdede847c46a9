// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, pointAt, rangesFor, TextIndexBuilder } from '../../../src/content/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextIndex', () => {
  it('joins inline elements so a phrase across them is one string', () => {
    const body = page('<p>The 28-<em>point</em> plan</p>');
    const index = buildTextIndex(body);
    expect(index.text).toBe('The 28-point plan\n');
    const start = index.text.indexOf('28-point plan');
    const ranges = rangesFor(index, start, start + '28-point plan'.length);
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['28-', 'point', ' plan']);
  });

  it('sets a digit or small letter apart from a capital across an element’s edge, and joins the parts of one word', () => {
    const body = page(
      '<li><span class="d">Di 14-10-2025</span>Witkoff en Oesjakov bellen.</li><li><b>13 oktober</b>Trump spreekt.</li>' +
        '<p><span class="drop">W</span>itkoff and Wit<b>koff</b></p>',
    );
    const index = buildTextIndex(body);
    expect(index.text).toBe('Di 14-10-2025 Witkoff en Oesjakov bellen.\n13 oktober Trump spreekt.\nWitkoff and Witkoff\n');
    // The space belongs to no node: a mark after it starts in the next one.
    const at = index.text.indexOf('Witkoff');
    expect(rangesFor(index, at, at + 7).map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Witkoff']);
  });

  it('separates blocks and <br> with one line break', () => {
    const body = page('<div><p>one</p><p>two<br>three</p></div>after');
    expect(buildTextIndex(body).text).toBe('one\ntwo\nthree\nafter\n');
  });

  it("skips code, form controls, hidden and editable regions and Lateral's own UI", () => {
    const body = page(
      '<p>a<script>var x = "28-point plan"</script><style>p{}</style><noscript>n</noscript>' +
        '<template>t</template><textarea>ta</textarea><select><option>o</option></select>' +
        '<span hidden>h</span><div contenteditable="true">e</div><lateral-root>ui</lateral-root>b</p>',
    );
    expect(buildTextIndex(body).text.replace(/\n/g, '|')).toBe('a|b|');
  });

  it('walks open shadow roots, bounded by line breaks', () => {
    const body = page('<p>before</p><div id="host"></div><p>after</p>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Witkoff-Ushakov call</span>';
    const index = buildTextIndex(body);
    expect(index.text).toContain('before\nWitkoff-Ushakov call\nafter');
    const at = index.text.indexOf('Ushakov');
    expect(pointAt(index, at)?.node.data).toBe('Witkoff-Ushakov call');
  });

  it('indexes a whole document through its body', () => {
    page('<p>hello</p>');
    expect(buildTextIndex(document).text).toBe('hello\n');
  });

  it('can be walked in slices with the same result', () => {
    const body = page(Array.from({ length: 2000 }, (_, i) => `<p>para <b>${i}</b></p>`).join(''));
    const builder = new TextIndexBuilder(body);
    let slices = 0;
    while (!builder.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(builder.result().text).toBe(buildTextIndex(body).text);
  });

  it('reports no point on an added line break', () => {
    const index = buildTextIndex(page('<p>a</p><p>b</p>'));
    expect(pointAt(index, index.text.indexOf('\n', 1))).toBeNull();
  });
});
