import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { PeoplePage } from './pages/people-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/** Sector order round the map, clockwise from the top (lib/sectors.ts). */
const FAMILY = 0;
const RELATIVES = 1;
const LEISURE = 4;

describe('people, network map and family tree', () => {
  let app: LaunchedApp;
  let people: PeoplePage;
  let lock: LockScreen;
  let book: CreatedBook;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await launchApp({
      contextOptions: { viewport: { width: 1024, height: 1366 }, hasTouch: true },
    });
    people = new PeoplePage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    book = await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Maja' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('adds people, refusing an empty name with a clear message', async () => {
    await people.goToPeople();
    await app.page.getByText('Do you have brothers or sisters?').waitFor();
    await expectNoAxeViolations(app.page, 'the empty people page');

    await people.openNewPerson();
    await expectNoAxeViolations(app.page, 'the new-person form');
    await people.nameField().fill('   ');
    await people.submitPerson();
    await people.formErrors().filter({ hasText: 'Write a name or a nickname.' }).waitFor();
    assert.equal(await people.nameField().getAttribute('aria-invalid'), 'true');
    assert.equal(
      await app.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')),
      'true',
      'focus moves to the field to fix',
    );
    await expectNoAxeViolations(app.page, 'the new-person form with an error');
    await people.link('Cancel').click();
    await people
      .heading()
      .filter({ hasText: /^People$/ })
      .waitFor();

    ids.mia = await people.addPerson({
      name: 'Mia',
      sector: 'Family',
      relation: 'Sister',
      closeness: 'Closest',
    });
    ids.omar = await people.addPerson({
      name: 'Omar',
      sector: 'Friends',
      relation: 'Best friend',
      closeness: 'Close',
    });
    ids.lise = await people.addPerson({
      name: '  Lise  ',
      sector: 'Professionals',
      relation: 'Caseworker',
      closeness: 'Further away',
    });

    // Siblings first: Mia is a sister, so she shows under "My siblings".
    assert.deepEqual(
      (await people.siblings().locator('.person-card-name').allTextContents()).map((s) => s.trim()),
      ['Mia'],
    );
    assert.equal(await people.setSiblingContact('Mia', 'Every week'), 'Saved: Mia – Every week.');
    await expectNoAxeViolations(app.page, 'the people page');

    await people.link(/^Lise/).click();
    await people.heading().filter({ hasText: 'Lise' }).waitFor();
    await app.page.getByText('Caseworker', { exact: true }).waitFor();
    await expectNoAxeViolations(app.page, 'a person page');
    await people.link('All people').first().click();
  });

  it('moves one person by dragging and one by keyboard, with a dialog for lines', async () => {
    await people.goToMap();
    await expectNoAxeViolations(app.page, 'the network map');
    assert.deepEqual(
      (await people.mapRows()).map((r) => [r.name, r.closeness, r.sector]),
      [
        ['Mia', 'Closest', 'Family'],
        ['Omar', 'Close', 'Friends'],
        ['Lise', 'Further away', 'Professionals'],
      ],
    );

    // Drag Omar with the pointer into the closest ring of "Free time".
    await people.dragPerson(ids.omar ?? '', await people.cellCentre(LEISURE, 1));
    await people.announcement('Omar moved: Closest, Free time.');
    await people.waitForRow('Omar', { closeness: 'Closest', sector: 'Free time' });

    // A finger works too: Mia goes to Relatives and back.
    await people.touchDragPerson(ids.mia ?? '', await people.cellCentre(RELATIVES, 1));
    await people.waitForRow('Mia', { closeness: 'Closest', sector: 'Relatives' });
    await people.touchDragPerson(ids.mia ?? '', await people.cellCentre(FAMILY, 1));
    await people.waitForRow('Mia', { closeness: 'Closest', sector: 'Family' });

    // Lise with the keyboard: up is closer, then right goes round to the next sector (Family).
    await people.pressOnPerson(ids.lise ?? '', 'ArrowUp');
    await people.announcement('Lise moved: Close, Professionals.');
    await people.waitForRow('Lise', { closeness: 'Close', sector: 'Professionals' });
    await app.page.keyboard.press('ArrowRight');
    await people.announcement('Lise moved: Close, Family.');
    await app.page.keyboard.press('ArrowLeft');
    await people.waitForRow('Lise', { closeness: 'Close', sector: 'Professionals' });
    assert.equal(
      await app.page.evaluate(() => document.activeElement?.getAttribute('data-person-id')),
      ids.lise,
      'focus stays on the moved person',
    );

    // Enter opens the same move as a form; Mia gets a strong line.
    await people.pressOnPerson(ids.mia ?? '', 'Enter');
    await people.moveDialog().waitFor();
    await expectNoAxeViolations(app.page, 'the move dialog');
    await people.moveDialog().getByRole('radio', { name: 'Strong line', exact: true }).check();
    await people.moveDialog().getByRole('button', { name: 'Save', exact: true }).click();
    await people.moveDialog().waitFor({ state: 'detached' });
    await people.waitForRow('Mia', { line: 'Strong line', closeness: 'Closest' });
    assert.equal(await app.page.locator('.net-line-strong').count(), 1, 'a strong line is drawn');
  });

  it('saves the map as of today, compares a changed map with it, and saves a picture', async () => {
    assert.match(await people.saveSnapshot(), /^The map is saved \(/);
    await people.snapshotLinks().first().waitFor();
    assert.equal(await people.snapshotLinks().count(), 1);

    // The map changes after the snapshot: Mia moves further away, a new person arrives.
    await people.pressOnPerson(ids.mia ?? '', 'ArrowDown');
    await people.waitForRow('Mia', { closeness: 'Close' });
    await people.pressOnPerson(ids.omar ?? '', 'ArrowDown', 'ArrowDown');
    await people.waitForRow('Omar', { closeness: 'Further away' });

    await people.openSnapshot(0);
    assert.deepEqual(await people.changes('Moved further away'), [
      'Mia: from Closest (Family) to Close (Family)',
      'Omar: from Closest (Free time) to Further away (Free time)',
    ]);
    assert.deepEqual(await people.changes('Came closer'), []);
    assert.deepEqual(await people.changes('In the same place as then'), ['Lise']);
    assert.equal(await app.page.locator('svg.net-map').count(), 2, 'then and now side by side');
    await expectNoAxeViolations(app.page, 'a snapshot compared with today');
    await people.link('Back to the network map').click();
    await people.mapSvg().waitFor();

    const download = await people.savePicture();
    assert.match(download.suggestedFilename(), /^network-map-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await withTimeout(download.path(), 30_000, 'the picture download');
    const bytes = await readFile(path);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(bytes.length > 10_000, `a real picture (${bytes.length} bytes)`);
  });

  it('draws the family tree from the relations, with a table', async () => {
    await people.goToPeople();
    await people.goToFamilyTree();
    await people.familyTree().waitFor();
    const rows = await people.familyRows();
    assert.deepEqual(rows.Maja, ['–', 'Mia', '–', '–']);
    assert.deepEqual(rows.Mia, ['–', 'Maja', '–', '–']);
    assert.equal(rows.Omar, undefined, 'a friend is not in the family tree');
    await expectNoAxeViolations(app.page, 'the family tree');
  });

  it('keeps everything after a reload and after locking and unlocking', async () => {
    const check = async () => {
      await people.goToPeople();
      await people.goToMap();
      await people.waitForRow('Mia', { closeness: 'Close', sector: 'Family', line: 'Strong line' });
      await people.waitForRow('Omar', { closeness: 'Further away', sector: 'Free time' });
      await people.waitForRow('Lise', { closeness: 'Close', sector: 'Professionals' });
      assert.equal(await people.snapshotLinks().count(), 1);
      await people.openSnapshot(0);
      assert.deepEqual(await people.changes('Moved further away'), [
        'Mia: from Closest (Family) to Close (Family)',
        'Omar: from Closest (Free time) to Further away (Free time)',
      ]);
    };

    await people.reload();
    await lock.waitForLocked();
    await lock.unlockWithSentence(book.sentence);
    await check();

    await people.lock();
    await lock.unlockWithSentence(book.sentence);
    await check();
    await people.goToPeople();
    assert.equal(
      await people.siblings().getByLabel('How often do we see each other?').inputValue(),
      'weekly',
    );

    assert.deepEqual(app.pageErrors(), []);
    assert.deepEqual(app.foreignRequests(), []);
  });

  it("shows the sample book's family, takes a portrait from the book's photos, and undoes a delete", async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.openSampleBook();
    await people.goToPeople();
    assert.deepEqual(
      (
        await people
          .siblings()
          .locator('.person-card-name, .person-card-relation')
          .allTextContents()
      ).map((s) => s.trim()),
      ['Noah', 'Half-sibling'],
    );

    await people.goToFamilyTree();
    const rows = await people.familyRows();
    assert.deepEqual(rows['Alma (sample)'], ['Mum', 'Noah (Half-sibling)', '–', '–']);
    assert.deepEqual(rows.Mum, ['Grandma', '–', '–', 'Noah, Alma (sample)']);
    assert.deepEqual(rows.Hanne, ['–', '–', 'Jens', '–']);
    assert.equal(await people.familyTree().locator('.geno-partner').count(), 1);
    await expectNoAxeViolations(app.page, "the sample book's family tree");

    // A portrait for Mum, chosen among the book's photos.
    await people.link('All people').click();
    await people.link(/^Mum/).click();
    await people.heading().filter({ hasText: 'Mum' }).waitFor();
    await people.link('Edit Mum').click();
    await people.button('Choose a photo from the book').click();
    const picker = app.page.locator('dialog[open]');
    await picker.locator('.photo-choice img').first().waitFor();
    await expectNoAxeViolations(app.page, 'the portrait picker');
    await picker.getByRole('radio').nth(2).check();
    await picker.getByRole('button', { name: 'Choose the photo' }).click();
    await people.submitPerson();
    // The initials stand in (role img, same name) while the sealed photo opens: wait for the photo.
    const portrait = app.page
      .getByRole('img', { name: 'Picture of Mum' })
      .and(app.page.locator('img'));
    await portrait.waitFor();
    assert.equal(await people.waitForImagesLoaded(portrait), 1, 'the portrait shows');
    assert.equal(await app.page.locator('.person-photos img').count(), 1);
    await people.link('All people').first().click();
    await people.goToMap();
    await people.mapSvg().locator('g.net-node image').first().waitFor();

    // Deleting asks first and can be undone.
    await people.link('All people').first().click();
    await people.link(/^Ali/).click();
    await people.button('Delete Ali').click();
    await people.button('Yes, delete Ali').click();
    await people
      .heading()
      .filter({ hasText: /^People$/ })
      .waitFor();
    assert.equal(await people.link(/^Ali/).count(), 0);
    await expectNoAxeViolations(app.page, 'the people page with a deleted person');
    await people.button('Bring Ali back').click();
    await people.link(/^Ali/).waitFor();

    assert.deepEqual(app.pageErrors(), []);
  });
});
