// Hostile and huge input: pasted code never runs (plain and rich text), a
// 1 MB paste is annotated part by part while the page keeps taking input
// (its text box closed, its marks drawn where the reader looks, all of them
// for print), a 10 MB text is kept but refused with a clear message, and odd texts
// (whitespace, punctuation, numbers, one 1 MB line) do no harm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, withBrowser, openApp, corpusFiller, pasteText } from '../lib.mjs';

const WIDE = { viewport: { width: 1400, height: 1000 } };
let server;
before(async () => { server = await serve(); });
after(() => server?.close());

// Classic XSS payloads: script tags, event handlers, javascript: URLs, SVG
// onload, CSS expressions, mixed encodings; each would set window.pwned or
// open a dialog if it ran.
const PAYLOADS = [
  '<script>window.pwned=1;alert(1)</script>',
  '<img src=x onerror="window.pwned=2;alert(2)">',
  '<svg onload="window.pwned=3;alert(3)"></svg>',
  '<svg><script>window.pwned=4</script></svg>',
  '<a href="javascript:window.pwned=5;alert(5)">click</a>',
  '<iframe src="javascript:parent.pwned=6"></iframe>',
  '<iframe srcdoc="<script>parent.pwned=7</script>"></iframe>',
  '<div style="width: expression(window.pwned=8)">css</div>',
  '<div style="background:url(javascript:window.pwned=9)">css</div>',
  '<body onload="window.pwned=10">',
  '<input autofocus onfocus="window.pwned=11">',
  '<details open ontoggle="window.pwned=12">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=13">',
  '&lt;script&gt;window.pwned=14&lt;/script&gt;',
  '%3Cscript%3Ewindow.pwned=15%3C/script%3E',
  '\\u003cscript\\u003ewindow.pwned=16\\u003c/script\\u003e',
  '<scr<script>ipt>window.pwned=17</script>',
  '"><script>window.pwned=18</script>',
  "'-alert(19)-'",
  '<object data="javascript:window.pwned=20"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=21">',
  '<form action="javascript:window.pwned=22"><button>go</button></form>',
];

/** No dialog opened, no global set, and the annotated view holds only marks. */
async function assertInert(page, dialogs) {
  await page.waitForTimeout(300); // let any event handler that got in fire
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no payload ran');
  assert.equal(await page.locator('#text *:not(mark)').count(), 0, 'the annotated view has no element but marks');
}

test('pasted XSS payloads, as plain text, are shown as typed and never run', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
    await openApp(page, server.url);
    const text = 'Ukrainian President Volodymyr Zelensky called for an immediate ceasefire on Monday.\n' + PAYLOADS.join('\n');
    await page.fill('#article', text);
    await page.waitForSelector('#text mark');
    assert.equal(await page.textContent('#text'), text, 'the text is shown exactly as typed');
    await assertInert(page, dialogs);
  });
});

test('pasted XSS payloads, as rich text, become plain text and never run', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
    await openApp(page, server.url);
    await page.focus('#article');
    await page.evaluate((payloads) => {
      const dt = new DataTransfer();
      // each payload as markup, and as text inside a paragraph (&lt; escaped), which must arrive as typed
      const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      // (the escaped ones first: an unclosed <style> payload swallows what follows, as in any browser)
      dt.setData('text/html', '<p>Ukrainian President Volodymyr Zelensky called for an immediate ceasefire.</p>'
        + payloads.map(p => `<p>${esc(p)}</p>`).join('') + payloads.join('<br>'));
      dt.setData('text/plain', 'fallback');
      document.getElementById('article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, PAYLOADS);
    await page.waitForSelector('#text mark');
    const value = await page.inputValue('#article');
    assert.ok(value.startsWith('Ukrainian President Volodymyr Zelensky called for an immediate ceasefire.'), value.slice(0, 80));
    for (const p of PAYLOADS) assert.ok(value.includes(p), `the payload written as text arrives as typed: ${p}\n${value}`);
    assert.equal(await page.textContent('#text'), value);
    await assertInert(page, dialogs);
  });
});

test('a 1 MB paste: the box closes, progress shows, input is taken, the beginning is marked first and the rest when seen', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    const text = corpusFiller(1_000_000);
    const started = Date.now();
    await page.focus('#article');
    await pasteText(page, text);
    // (its time is measured by the bench: this machine may be loaded)
    await page.waitForSelector('#progress', { timeout: 10000 });
    // the text box closes on the large text (the browser never lays out the
    // megabyte in it); the keyboard focus goes to what opens it again
    assert.equal(await page.isVisible('#article'), false, 'the text box is closed');
    await page.waitForFunction(() => document.activeElement?.id === 'edit-text');
    // the page takes input while it works: a publication date given now is the one used
    await page.fill('#dct', '2022-03-01');
    // the beginning (what the reader sees) is marked while the other parts are still under way
    await page.waitForFunction(() => document.querySelector('#text .block[data-block="0"] mark') && document.getElementById('progress'),
      null, { timeout: 10000 });
    const visible = Date.now() - started;
    await page.waitForSelector('#progress', { state: 'detached', timeout: 30000 });
    console.log(`# 1 MB paste: the beginning marked after ${visible} ms, everything annotated after ${Date.now() - started} ms, a new publication date having restarted it (timing is reported, not tested; see the bench)`);
    assert.equal(await page.textContent('#dct-note'), 'Set by hand: dates are resolved against 2022-03-01.');
    // the whole text is shown; marks are drawn near the view only, the legend counts them all
    assert.equal(await page.textContent('#text'), text, 'the text is shown exactly as pasted');
    const counts = await page.$$eval('.legend .count', cs => Object.fromEntries(cs.map(c => [c.dataset.layer, +c.textContent])));
    assert.ok(counts.actor > 1000 && counts.date > 500, JSON.stringify(counts));
    assert.ok(await page.locator('#text mark').count() < counts.actor / 4, 'marks drawn near the view only');
    const drawn = () => page.$$eval('#text .block', bs => bs.filter(b => b.querySelector('mark')).map(b => +b.dataset.block));
    const before = await drawn();
    assert.ok(before.includes(0) && !before.includes(60) && before.length < 10, `only the blocks near the view have marks: ${before}`);
    // going to a mention far down draws its block: the last mention of the first actor
    await page.click('#tabpanel .actor-button');
    await page.waitForSelector('#text mark.picked');
    await page.click('#prev-mention');
    await page.waitForFunction(() => +document.activeElement?.dataset?.start > 900000 && document.activeElement.classList.contains('picked'),
      null, { timeout: 5000 });
    const at = await page.evaluate(() => +document.activeElement.closest('.block').dataset.block);
    assert.ok(!before.includes(at), `the mention's block ${at} was drawn for it`);
    // scrolled to, a block in the middle gets its marks
    assert.ok(!(await drawn()).includes(60));
    await page.waitForFunction(() => {
      const block = document.querySelector('#text .block[data-block="60"]');
      block.scrollIntoView(); // again at each try: blocks laid out on the way change the page's height
      return block.querySelector('mark');
    }, null, { timeout: 5000 });
    // printed, the whole text has its marks: every block gets them before print
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => [...document.querySelectorAll('#text .block')].every(b => b.querySelector('mark')),
      null, { timeout: 20000 });
    // "Edit the text" opens the box on the whole text: what is typed there is annotated in turn
    await page.click('#edit-text');
    assert.equal(await page.isVisible('#article'), true, 'the text box is open');
    assert.equal(await page.inputValue('#article'), text, 'nothing was lost');
    await page.keyboard.type(' More.');
    assert.equal(await page.inputValue('#article'), text + ' More.', 'typing went to the end of the text');
    await page.waitForFunction(() => document.getElementById('text').textContent.endsWith(' More.'), null, { timeout: 30000 });
    assert.equal(await page.isVisible('#article'), true, 'the box stays open while it is edited');
    // kept for the next visit, edit included, the box closed on it again
    await page.reload();
    await page.waitForSelector('#edit-text');
    assert.equal(await page.inputValue('#article'), text + ' More.', 'the draft came back whole');
  });
});

test('a 10 MB text is kept in the box and refused with a clear message', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    const text = corpusFiller(10 * 1024 * 1024);
    await pasteText(page, text);
    await page.waitForSelector('.notice.error');
    const msg = await page.textContent('.notice.error');
    assert.match(msg, /is 10\.\d MB.*up to 2\.0 MB.*kept in the text box/s);
    assert.equal((await page.inputValue('#article')).length, text.length, 'the text is kept as it is');
    assert.equal(await page.locator('#text mark').count(), 0);
    // the box is closed on it too (laying out 10 MB there took seconds) and opens on the whole text
    assert.equal(await page.isVisible('#article'), false, 'the text box is closed');
    await page.click('#edit-text');
    assert.equal((await page.inputValue('#article')).length, text.length, 'the text is kept as it is');
    // still responsive: a short text is annotated again
    await page.fill('#article', 'Russia rejected the proposal on Monday.');
    await page.waitForSelector('#text mark[data-layer=date]');
  });
});

test('odd texts: only whitespace, only punctuation, only numbers, one 1 MB line', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    for (const text of [' \n\t\u00a0\u2003\n\n   ', '.,;:!?—–-"\'()[]{}…'.repeat(2000), '0123456789 12.5 3,000 -7 2022 '.repeat(3000)]) {
      await page.fill('#article', text);
      await page.waitForTimeout(200);
      assert.equal(await page.inputValue('#article'), text);
    }
    // one line of 1 MB, no line break at all
    const line = corpusFiller(1_000_000).replace(/\s+/g, ' ');
    await pasteText(page, line);
    await page.waitForFunction(() => [...document.querySelectorAll('#text mark')].some(m => +m.dataset.start > 900000), null, { timeout: 30000 });
    assert.equal((await page.inputValue('#article')).length, line.length);
  });
});

test('storage disabled (private mode, blocked site data): the page says so and still reads articles', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await openApp(page, server.url);
    await page.waitForSelector('#notice.error');
    assert.match(await page.textContent('#notice'), /does not let Parley use its storage/);
    await page.fill('#article', 'Ukrainian President Volodymyr Zelensky called for an immediate ceasefire on Monday.');
    await page.waitForSelector('#text mark[data-layer=demand]');
    assert.equal(await page.inputValue('#article'), 'Ukrainian President Volodymyr Zelensky called for an immediate ceasefire on Monday.');
  });
});
