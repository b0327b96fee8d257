import type { Prisma } from '../../generated/prisma/client.js';
import type { FieldError } from '../../http/errors.js';
import type { ReadoutDraft } from '../../ingest/draft.js';
import { slugify } from '../../ingest/linking/initiative-candidates.js';
import { foldKey } from '../../ingest/text/fold.js';

type Reader = Pick<Prisma.TransactionClient, 'person' | 'initiative'>;

/**
 * Names in a corrected draft that disagree with the stored record the same item points at, as field errors under
 * `/draft` (the commit answers them with a 422 and writes nothing):
 * - a participant whose `name` is neither the name nor an alias of the person its `personId` names, nor the name the
 *   stored draft gave that person — the commit would store the person pointed at and drop the editor's name (trial
 *   finding: a rename answered 201 and was lost). Leave `personId` out to record someone else, or rename the person
 *   with `PATCH /v1/people/{id}`;
 * - a candidate initiative whose `slug` is a stored initiative of another name, written by hand (its slug is not the
 *   one its name gives) — the commit would link the stored one and drop the name.
 * Names compare ignoring case, accents and spacing (`foldKey`). A `personId` that names nobody is left to the commit's
 * own 422. `stored` is the document's stored draft, or null.
 */
export async function draftNameConflicts(db: Reader, corrected: ReadoutDraft, stored: ReadoutDraft | null): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const at = (pointer: string, message: string) => problems.push({ in: 'body', pointer: `/draft${pointer}`, message });

  const personIds = [...new Set(corrected.meetings.flatMap((m) => m.participants.flatMap((p) => (p.personId ? [p.personId] : []))))];
  const people = personIds.length
    ? await db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true, aliases: true } })
    : [];
  const known = new Map(people.map((person) => [person.id, person]));
  // The names the extractor gave each person it matched: the stored draft is committed as made even after a rename.
  const drafted = new Map<string, Set<string>>();
  for (const participant of stored?.meetings.flatMap((m) => m.participants) ?? [])
    if (participant.personId)
      drafted.set(participant.personId, (drafted.get(participant.personId) ?? new Set()).add(foldKey(participant.name)));
  corrected.meetings.forEach((meeting, m) =>
    meeting.participants.forEach((participant, p) => {
      const person = participant.personId ? known.get(participant.personId) : undefined;
      if (!person) return;
      const name = foldKey(participant.name);
      const own = [person.name, ...person.aliases].some((written) => foldKey(written) === name);
      if (own || drafted.get(person.id)?.has(name)) return;
      at(
        `/meetings/${m}/participants/${p}/name`,
        `"${participant.name}" is not the name of the person ${person.id} that personId names ("${person.name}"); leave personId out to record another person, or rename the person with PATCH /v1/people/${person.id}.`,
      );
    }),
  );

  const written = corrected.meetings.flatMap((meeting, m) =>
    meeting.initiatives.flatMap((link, i) => (link.isCandidate && slugify(link.name) !== link.slug ? [{ link, m, i }] : [])),
  );
  const slugs = [...new Set(written.map(({ link }) => link.slug))];
  const initiatives = slugs.length
    ? await db.initiative.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true, aliases: true } })
    : [];
  const bySlug = new Map(initiatives.map((initiative) => [initiative.slug, initiative]));
  for (const { link, m, i } of written) {
    const initiative = bySlug.get(link.slug);
    if (!initiative || [initiative.name, ...initiative.aliases].some((name) => foldKey(name) === foldKey(link.name))) continue;
    at(
      `/meetings/${m}/initiatives/${i}/name`,
      `The slug "${link.slug}" is the stored initiative "${initiative.name}", not "${link.name}"; give a new candidate a slug of its own, or set isCandidate to false to link the stored one.`,
    );
  }
  return problems;
}
