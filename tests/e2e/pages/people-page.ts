import type { Download, Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { BookPage } from './book-page';

export type SectorName =
  | 'Family'
  | 'Relatives'
  | 'Placement'
  | 'School and work'
  | 'Free time'
  | 'Friends'
  | 'Professionals';
export type ClosenessName = 'Closest' | 'Close' | 'Further away';

export interface PersonInput {
  name: string;
  sector?: SectorName;
  /** A preset's English label, e.g. "Sister". */
  relation?: string;
  closeness?: ClosenessName;
}

/** One row of the network map's table. */
export interface MapRow {
  name: string;
  relation: string;
  closeness: string;
  sector: string;
  line: string;
}

/** A point of the map's drawing, in SVG units. */
export interface MapPoint {
  x: number;
  y: number;
}

/** The people area, driven with its English labels: list, form, person page, map, family tree. */
export class PeoplePage extends BookPage {
  async goToPeople(): Promise<void> {
    await this.nav().getByRole('link', { name: 'People', exact: true }).click();
    await this.heading()
      .filter({ hasText: /^People$/ })
      .waitFor();
    await this.page.locator('.people-page .siblings').waitFor();
  }

  // ---- adding people ---------------------------------------------------------------------

  async openNewPerson(): Promise<void> {
    await this.link('Add a person').click();
    await this.heading().filter({ hasText: 'Add a person' }).waitFor();
  }

  form(): Locator {
    return this.page.locator('form.person-form');
  }

  nameField(): Locator {
    return this.form().getByLabel('Name or nickname', { exact: true });
  }

  /** The messages a refused save shows (`role=alert`). */
  formErrors(): Locator {
    return this.form().locator('[role="alert"]');
  }

  async fillPerson(input: PersonInput): Promise<void> {
    await this.nameField().fill(input.name);
    if (input.sector) {
      await this.form().getByRole('radio', { name: input.sector, exact: true }).check();
    }
    if (input.relation) {
      await this.form()
        .getByLabel('Who are they to you?', { exact: true })
        .selectOption({ label: input.relation });
    }
    if (input.closeness) {
      await this.form().getByRole('radio', { name: input.closeness, exact: true }).check();
    }
  }

  async submitPerson(): Promise<void> {
    await this.form().getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** Adds a person from the people list and returns their id (from the page it opens). */
  async addPerson(input: PersonInput): Promise<string> {
    await this.openNewPerson();
    await this.fillPerson(input);
    await this.submitPerson();
    await this.heading().filter({ hasText: input.name }).waitFor();
    const match = /\/people\/([^/?#]+)$/.exec(new URL(this.page.url()).pathname);
    if (match?.[1] === undefined) throw new Error(`no person id in ${this.page.url()}`);
    await this.link('All people').first().click();
    await this.heading()
      .filter({ hasText: /^People$/ })
      .waitFor();
    return decodeURIComponent(match[1]);
  }

  siblings(): Locator {
    return this.page.locator('.siblings .sibling');
  }

  async setSiblingContact(name: string, contact: string): Promise<string> {
    const item = this.siblings().filter({ hasText: name });
    await item.getByLabel('How often do we see each other?').selectOption({ label: contact });
    const status = item.getByRole('status');
    await status.waitFor();
    return ((await status.textContent()) ?? '').trim();
  }

  // ---- the network map -------------------------------------------------------------------

  async goToMap(): Promise<void> {
    await this.link('Network map').click();
    await this.heading().filter({ hasText: 'Network map' }).waitFor();
    await this.mapSvg().waitFor();
  }

  mapSvg(): Locator {
    return this.page.locator('svg.net-map-movable');
  }

  node(personId: string): Locator {
    return this.mapSvg().locator(`g.net-node[data-person-id="${personId}"]`);
  }

  announcer(): Locator {
    return this.page.getByTestId('map-announcer');
  }

  async announcement(text: string | RegExp): Promise<void> {
    await this.announcer().filter({ hasText: text }).waitFor();
  }

  async mapRows(): Promise<MapRow[]> {
    const rows = this.page.locator('table.net-table').first().locator('tbody tr');
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
    return cells.map(([name = '', relation = '', closeness = '', sector = '', line = '']) => ({
      name,
      relation,
      closeness,
      sector,
      line,
    }));
  }

  async mapRow(name: string): Promise<MapRow | undefined> {
    return (await this.mapRows()).find((r) => r.name === name);
  }

  /** Waits until the table says a person is where the test expects them. */
  async waitForRow(name: string, want: Partial<MapRow>, timeoutMs = 10_000): Promise<MapRow> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await this.mapRow(name);
      const ok =
        row !== undefined && Object.entries(want).every(([k, v]) => row[k as keyof MapRow] === v);
      if (ok) return row;
      if (Date.now() > deadline) {
        throw new Error(`row ${name} is ${JSON.stringify(row)}, wanted ${JSON.stringify(want)}`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** Where a point of the map's drawing is on the screen. */
  async screenPoint(p: MapPoint): Promise<{ x: number; y: number }> {
    return withTimeout(
      this.mapSvg().evaluate((svg, point) => {
        const ctm = (svg as SVGSVGElement).getScreenCTM();
        if (!ctm) throw new Error('the map has no screen position');
        const q = new DOMPoint(point.x, point.y).matrixTransform(ctm);
        return { x: q.x, y: q.y };
      }, p),
      10_000,
      'mapping a map point to the screen',
    );
  }

  /**
   * The middle of a sector's wedge in a ring, in the map's drawing units, read from the drawn
   * rings (sectors are 7 equal wedges clockwise from the top, in the order of the app's list).
   */
  async cellCentre(sectorIndex: number, ring: 1 | 2 | 3): Promise<MapPoint> {
    const g = await withTimeout(
      this.mapSvg().evaluate((svg) => {
        const num = (el: Element | null, a: string) => Number(el?.getAttribute(a) ?? NaN);
        const centre = svg.querySelector('.net-centre');
        const rings = [...svg.querySelectorAll('.net-ring')].map((c) => num(c, 'r'));
        return {
          cx: num(centre, 'cx'),
          cy: num(centre, 'cy'),
          radii: [num(centre, 'r'), ...rings],
        };
      }),
      10_000,
      'reading the map geometry',
    );
    const rho = ((g.radii[ring - 1] ?? 0) + (g.radii[ring] ?? 0)) / 2;
    const angle = -Math.PI / 2 + (sectorIndex * 2 * Math.PI) / 7;
    return { x: g.cx + rho * Math.cos(angle), y: g.cy + rho * Math.sin(angle) };
  }

  /** Drags a person with a finger (touch events through the DevTools protocol). */
  async touchDragPerson(personId: string, to: MapPoint): Promise<void> {
    const node = this.node(personId);
    await node.scrollIntoViewIfNeeded();
    const box = await node.locator('.net-node-circle').boundingBox();
    if (!box) throw new Error(`person ${personId} is not on the map`);
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const target = await this.screenPoint(to);
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        points: { x: number; y: number }[],
      ) =>
        withTimeout(
          cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points }),
          10_000,
          `touch ${type}`,
        );
      await touch('touchStart', [from]);
      for (let i = 1; i <= 12; i += 1) {
        const t = i / 12;
        await touch('touchMove', [
          { x: from.x + (target.x - from.x) * t, y: from.y + (target.y - from.y) * t },
        ]);
      }
      await touch('touchEnd', []);
    } finally {
      await cdp.detach();
    }
  }

  /** Drags a person with the mouse (pointer events) to a point of the map. */
  async dragPerson(personId: string, to: MapPoint): Promise<void> {
    const node = this.node(personId);
    await node.scrollIntoViewIfNeeded();
    const box = await node.locator('.net-node-circle').boundingBox();
    if (!box) throw new Error(`person ${personId} is not on the map`);
    const target = await this.screenPoint(to);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x, target.y, { steps: 12 });
    await this.page.locator('.net-drop-target').waitFor();
    await this.page.mouse.up();
  }

  /** Focuses a person on the map and presses keys, as a keyboard user would. */
  async pressOnPerson(personId: string, ...keys: string[]): Promise<void> {
    await this.node(personId).focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  moveDialog(): Locator {
    return this.page.locator('dialog.move-dialog[open]');
  }

  async saveSnapshot(): Promise<string> {
    await this.button('Save the map as of today').click();
    const notice = this.page.locator('.map-actions .notice');
    await notice.waitFor();
    return ((await notice.textContent()) ?? '').trim();
  }

  snapshotLinks(): Locator {
    return this.page.locator('.snapshot-list a');
  }

  async openSnapshot(index = 0): Promise<void> {
    await this.snapshotLinks().nth(index).click();
    await this.heading()
      .filter({ hasText: /^The map from / })
      .waitFor();
  }

  /** The names under a heading of "What has changed", e.g. "Came closer". */
  async changes(group: string): Promise<string[]> {
    const section = this.page
      .locator('.snapshot-compare .compare-group')
      .filter({ has: this.page.getByRole('heading', { name: group, exact: true }) });
    if ((await section.count()) === 0) return [];
    return (await section.locator('li').allTextContents()).map((s) => s.trim());
  }

  /** Saves the map as a picture and returns the downloaded file. */
  async savePicture(timeoutMs = 30_000): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: timeoutMs });
    await this.button('Save the map as a picture').click();
    return download;
  }

  // ---- the family tree -------------------------------------------------------------------

  async goToFamilyTree(): Promise<void> {
    await this.link('Family tree').click();
    await this.heading().filter({ hasText: 'Family tree' }).waitFor();
  }

  familyTree(): Locator {
    return this.page.locator('svg.geno-map');
  }

  /** Rows of the family tree's table: name → [parents, siblings, partners, children]. */
  async familyRows(): Promise<Record<string, string[]>> {
    const cells = await this.page
      .locator('table.geno-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
      );
    return Object.fromEntries(cells.map(([name = '', ...rest]) => [name, rest]));
  }
}
