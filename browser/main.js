// Computes a BPU premium and a JKM benefit with the library's ESM build and renders them with their
// Indonesian explanations. The library is loaded with a dynamic import so that a failure to load it
// (a missing file, a wrong import-map entry) is shown in #status like any other error.

/** @param {string} id */
function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`element #${id} is missing`);
  return el;
}

/**
 * Renders explanation lines: lines starting with "- " become list items, the first line (the title) and
 * lines ending with ":" headings, other lines paragraphs.
 * @param {HTMLElement} target
 * @param {readonly string[]} lines
 */
function renderExplanation(target, lines) {
  target.replaceChildren();
  /** @type {HTMLUListElement | undefined} */
  let list;
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('- ')) {
      if (!list) {
        list = document.createElement('ul');
        target.append(list);
      }
      const item = document.createElement('li');
      item.textContent = line.slice(2);
      list.append(item);
    } else {
      list = undefined;
      const p = document.createElement('p');
      if (index === 0 || line.endsWith(':')) p.className = 'heading';
      p.textContent = line;
      target.append(p);
    }
  }
}

/**
 * @param {'ok' | 'error'} state
 * @param {string} text
 */
function setStatus(state, text) {
  const status = byId('status');
  status.dataset['state'] = state;
  status.textContent = text;
}

async function main() {
  const [{ bpuContribution, formatRupiah }, { jkmBenefit }, { explain }] = await Promise.all([
    import('jamsostek'),
    import('jamsostek/benefits'),
    import('jamsostek/explain'),
  ]);

  // The premium every pekerja-rentan program pays in 2025: JKK Rp10.000 + JKM Rp6.800.
  const premium = bpuContribution({ month: '2025-09', declaredIncome: 1000000 });
  byId('premium-total').textContent = formatRupiah(premium.total);
  renderExplanation(byId('premium-explanation'), explain(premium, { lang: 'id' }));

  // A non-work death on 2025-06-01, member since January 2020, no arrears (PP 82/2019 Pasal 34).
  const jkm = jkmBenefit({
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
  });
  byId('jkm-total').textContent = formatRupiah(jkm.total);
  // The one explain renders every result of the library.
  renderExplanation(byId('jkm-explanation'), explain(jkm, { lang: 'id' }));

  setStatus('ok', 'ok');
}

main().catch((error) => {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  try {
    setStatus('error', message);
  } finally {
    console.error(error);
  }
});
