// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/hit';
import { Highlighter, oneHitPerSpan } from '../../../src/content/highlighter';
import { buildTextIndex } from '../../../src/content/text-index';

function hitFor(text: string, phrase: string, kind: Hit['kind'] = 'mention', ruleId = 'plan-name'): Hit {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { start, end: start + phrase.length, kind, ruleId, topic: 'plan', packId: 'pack', factIds: [] };
}

/** Every node of the tree, with identity: undo must keep the very same nodes. */
function snapshot(root: Node): { html: string; nodes: Node[]; data: string[] } {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, 0xffffffff);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
  return { html: (root as Element).innerHTML, nodes, data: nodes.map((n) => (n.nodeType === 3 ? (n as Text).data : '')) };
}

const label = (f: { text: string }) => `Lateral: ${f.text}`;

describe('Highlighter', () => {
  it('leaves a link, a label and a summary their own keyboard stop, name and click', () => {
    document.body.innerHTML =
      '<p><a href="/next">Read about the 28-point plan</a></p><label><input type="checkbox"> News of the 28-point plan</label>' +
      '<details><summary>The 28-point plan</summary></details><p>Then the 28-point plan again.</p>';
    const index = buildTextIndex(document.body);
    const at = (n: number) => {
      let from = -1;
      for (let i = 0; i <= n; i++) from = index.text.indexOf('28-point plan', from + 1);
      return {
        start: from,
        end: from + '28-point plan'.length,
        kind: 'mention' as const,
        ruleId: 'plan-name',
        topic: 'plan',
        packId: 'pack',
        factIds: [],
      };
    };
    const highlighter = new Highlighter({ label });
    const findings = highlighter.apply(index, [at(0), at(1), at(2), at(3)]);
    expect(findings.map((f) => f.passive === true)).toEqual([true, true, true, false]);
    const marks = [...document.querySelectorAll('lateral-mark')];
    expect(marks.map((m) => m.hasAttribute('tabindex') || m.hasAttribute('role') || m.hasAttribute('aria-description'))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(highlighter.focusTarget(findings[0]!)).toBe(document.querySelector('a'));
    expect(highlighter.focusTarget(findings[3]!)).toBe(marks[3]);
    highlighter.clear();
  });

  it('wraps a phrase across inline elements as one finding and restores the exact DOM', () => {
    document.body.innerHTML = '<article><p>Read the 28-<em>point</em> plan now.</p><p>Other <b>text</b></p></article>';
    const before = snapshot(document.body);
    const index = buildTextIndex(document.body);
    const highlighter = new Highlighter({ label });
    const [finding] = highlighter.apply(index, [hitFor(index.text, '28-point plan')]);
    expect(finding!.elements).toHaveLength(3);
    expect(finding!.text).toBe('28-point plan');
    const marks = document.querySelectorAll('lateral-mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['28-', 'point', ' plan']);
    for (const m of marks) {
      expect(m.getAttribute('data-lateral-rule')).toBe('plan-name');
      expect(m.getAttribute('data-lateral-kind')).toBe('mention');
    }
    expect(marks[0]!.getAttribute('tabindex')).toBe('-1');
    expect(marks[0]!.getAttribute('role')).toBe('button');
    // The name stays the page's words; Lateral's hint is a description.
    expect(marks[0]!.hasAttribute('aria-label')).toBe(false);
    expect(marks[0]!.getAttribute('aria-description')).toBe('Lateral: 28-point plan');
    expect(marks[1]!.hasAttribute('tabindex')).toBe(false);

    highlighter.clear();
    const after = snapshot(document.body);
    expect(after.html).toBe(before.html);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.nodes.every((n, i) => n === before.nodes[i])).toBe(true);
    expect(after.data).toEqual(before.data);
    expect(highlighter.size).toBe(0);
  });

  it('highlights several hits in one text node and in nested containers, then undoes them all', () => {
    document.body.innerHTML =
      '<div>Witkoff spoke to Ushakov. <p>The Witkoff–Ushakov call and the <i>28-point plan</i>.</p> Witkoff again</div>';
    const before = snapshot(document.body);
    const index = buildTextIndex(document.body);
    const hits = [
      hitFor(index.text, 'Witkoff', 'mention', 'witkoff'),
      hitFor(index.text, 'Ushakov.', 'mention', 'ushakov'),
      hitFor(index.text, 'Witkoff–Ushakov call', 'mention', 'call'),
      hitFor(index.text, '28-point plan', 'discrepancy', 'plan-check'),
      { ...hitFor(index.text, 'Witkoff again', 'mention', 'witkoff'), end: index.text.indexOf('Witkoff again') + 7 },
    ];
    const highlighter = new Highlighter({ label });
    const placed = highlighter.apply(index, hits);
    expect(placed).toHaveLength(5);
    expect(document.querySelectorAll('lateral-mark[data-lateral-kind="discrepancy"]')).toHaveLength(1);
    expect(highlighter.ordered().map((f) => f.hit.ruleId)).toEqual(['witkoff', 'ushakov', 'call', 'plan-check', 'witkoff']);
    // textContent is untouched while highlighted.
    expect(document.body.textContent).toBe(before.nodes[0]!.textContent);
    highlighter.clear();
    const after = snapshot(document.body);
    expect(after.html).toBe(before.html);
    expect(after.nodes.every((n, i) => n === before.nodes[i])).toBe(true);
  });

  it('clears only under a given root', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Witkoff</p>';
    const index = buildTextIndex(document.body);
    const first = index.text.indexOf('Witkoff');
    const second = index.text.indexOf('Witkoff', first + 1);
    const base = hitFor(index.text, 'Witkoff');
    const highlighter = new Highlighter({ label });
    highlighter.apply(index, [base, { ...base, start: second, end: second + 7 }]);
    highlighter.clear(document.getElementById('a')!);
    expect(document.querySelectorAll('#a lateral-mark')).toHaveLength(0);
    expect(document.querySelectorAll('#b lateral-mark')).toHaveLength(1);
    expect(highlighter.size).toBe(1);
  });

  it('skips hits that join two paragraphs or that are already highlighted', () => {
    document.body.innerHTML = '<p>the 28-point</p><p>plan</p>';
    const index = buildTextIndex(document.body);
    const highlighter = new Highlighter({ label });
    expect(highlighter.apply(index, [hitFor(index.text, '28-point\nplan')])).toHaveLength(0);
    expect(highlighter.apply(index, [hitFor(index.text, '28-point')])).toHaveLength(1);
    // The old index points at a node that now sits inside a highlight.
    expect(highlighter.apply(index, [hitFor(index.text, '28-point')])).toHaveLength(0);
  });

  it('lets the page rewrite a split text node without duplicating words', () => {
    document.body.innerHTML = '<p>About the 28-point plan today</p>';
    const textNode = document.querySelector('p')!.firstChild as Text;
    const index = buildTextIndex(document.body);
    const highlighter = new Highlighter({ label });
    highlighter.apply(index, [hitFor(index.text, '28-point plan')]);
    textNode.data = 'Something new';
    expect(highlighter.release(textNode)).toBe(document.querySelector('p'));
    expect(document.querySelector('p')!.innerHTML).toBe('Something new');
  });
});

describe('oneHitPerSpan', () => {
  it('prefers a discrepancy over a mention of the same words', () => {
    const text = 'the call lasted ten minutes';
    const mention = hitFor(text, 'call');
    const discrepancy = hitFor(text, 'call lasted ten minutes', 'discrepancy', 'duration');
    expect(oneHitPerSpan([mention, discrepancy], text)).toEqual([discrepancy]);
  });

  it('shows both of two flags whose words overlap, the later from where the first ends', () => {
    const text = 'Former president Donald Trump sharply condemned Witkoff.';
    const role = hitFor(text, 'Former president Donald Trump', 'discrepancy', 'former');
    const dismissal = hitFor(text, 'Trump sharply condemned', 'discrepancy', 'dismissal');
    const placed = oneHitPerSpan([dismissal, role], text);
    expect(placed.map((h) => text.slice(h.start, h.end))).toEqual(['Former president Donald Trump', 'sharply condemned']);
    // A flag with next to nothing past the first gives way.
    const short = hitFor(text, 'Trump sh', 'discrepancy', 'dismissal');
    expect(oneHitPerSpan([role, short], text)).toEqual([role]);
  });
});
