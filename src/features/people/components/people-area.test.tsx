import { screen, within } from '@testing-library/react';

import { listPeople, savePeople } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePerson } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

describe('the people area', () => {
  it('refuses an empty name, then stores a sister who shows first, under my siblings', async () => {
    const book = await makeBook({ cover: { nickname: 'Maja' } });
    const { user } = renderApp(`/book/${book.id}/people/new`);
    await screen.findByRole('heading', { name: 'Add a person' });

    await user.type(screen.getByLabelText('Name or nickname'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write a name or a nickname.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name or nickname')).toHaveAttribute('aria-invalid', 'true');
    expect((await listPeople(book.id)).items).toEqual([]);

    await user.clear(screen.getByLabelText('Name or nickname'));
    await user.type(screen.getByLabelText('Name or nickname'), ' Mia ');
    await user.selectOptions(screen.getByLabelText('Who are they to you?'), 'Sister');
    await user.click(screen.getByRole('radio', { name: 'Closest' }));
    await user.selectOptions(
      screen.getByLabelText('How often do you see each other?'),
      'Every week',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Mia', level: 1 });

    const [mia] = (await listPeople(book.id)).items;
    expect(mia).toMatchObject({
      name: 'Mia',
      relation: 'sister',
      sector: 'family',
      closeness: 1,
      contact: 'weekly',
    });
    // The relation "Sister" makes Mia the child's sister in the family tree.
    expect(screen.getByText('Mia is sibling of me')).toBeInTheDocument();

    await user.click(screen.getAllByRole('link', { name: 'All people' })[0]!);
    const siblings = await screen.findByRole('region', { name: 'My siblings' });
    expect(within(siblings).getByText('Mia')).toBeInTheDocument();
    expect(within(siblings).getByLabelText('How often do we see each other?')).toHaveValue(
      'weekly',
    );
  });

  it('lists people by part of life and keeps a deleted one in the bin, ready to come back', async () => {
    const book = await makeBook();
    const ali = makePerson(book.id, {
      name: 'Ali',
      sector: 'professionals',
      relation: 'caseworker',
    });
    await savePeople(book.id, [ali, makePerson(book.id, { name: 'Sofie', sector: 'friends' })]);
    const { user } = renderApp(`/book/${book.id}/people/${ali.id}`);
    await screen.findByRole('heading', { name: 'Ali', level: 1 });
    expect(screen.getByText('Caseworker')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Ali' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete Ali' }));
    await screen.findByRole('heading', { name: 'People', level: 1 });
    expect(screen.queryByRole('link', { name: /^Ali/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Friends' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Bring Ali back' }));
    expect(await screen.findByRole('link', { name: /^Ali/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Professionals' })).toBeInTheDocument();
  });
});
