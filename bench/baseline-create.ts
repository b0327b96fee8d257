import type pg from 'pg';
import { returning, toMeeting, toParticipant, toStatement, uuidv7, values } from './baseline-sql.js';

// The baseline's nested create: the same rows the API writes (meeting, participants, statements, audit events) in one
// transaction, one multi-row INSERT per table. Body checks are only what the SQL needs; the API validates everything.

interface ParticipantInput {
  key?: string;
  personId: string;
  title?: string | null;
  countryCode?: string | null;
  role: string;
  printedName?: string | null;
  printedTitle?: string | null;
}
interface StatementInput {
  speakerKey?: string | null;
  kind?: string;
  text: string;
  topics?: string[];
}
export interface CreateMeetingBody {
  title: string;
  kind: string;
  date: string;
  city?: string | null;
  countryCode?: string | null;
  timezone?: string | null;
  summary?: string | null;
  participants: ParticipantInput[];
  statements: StatementInput[];
}

export class UnknownReference extends Error {}

export async function createMeeting(pool: pg.Pool, body: CreateMeetingBody, requestId: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const personIds = body.participants.map((participant) => participant.personId);
    const people = await client.query('SELECT id FROM people WHERE id = ANY($1::uuid[])', [personIds]);
    if (people.rowCount !== new Set(personIds).size) throw new UnknownReference('no such person');

    const meetingId = uuidv7();
    const meeting = await client.query(
      `INSERT INTO meetings (id, title, kind, date, city, country_code, timezone, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${returning.meeting}`,
      [
        meetingId,
        body.title,
        body.kind,
        body.date,
        body.city ?? null,
        body.countryCode ?? null,
        body.timezone ?? null,
        body.summary ?? null,
      ],
    );
    const participantRows = body.participants.map((p, position) => [
      uuidv7(),
      meetingId,
      p.personId,
      p.title ?? null,
      p.countryCode ?? null,
      p.role,
      p.printedName ?? null,
      p.printedTitle ?? null,
      position,
    ]);
    const participantValues = values(participantRows);
    const participants = await client.query(
      `INSERT INTO participants (id, meeting_id, person_id, title, country_code, role, printed_name, printed_title, position)
       VALUES ${participantValues.sql} RETURNING ${returning.participant}`,
      participantValues.params,
    );
    const speakerByKey = new Map(body.participants.map((p, index) => [p.key, participantRows[index]![0]]));
    const statementValues = values(
      body.statements.map((s, position) => {
        const speaker = s.speakerKey ? speakerByKey.get(s.speakerKey) : null;
        if (speaker === undefined) throw new UnknownReference('no such speaker');
        return [uuidv7(), meetingId, speaker, speaker ? meetingId : null, s.kind ?? 'reported', s.text, position, s.topics ?? []];
      }),
    );
    const statements = body.statements.length
      ? await client.query(
          `INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
           VALUES ${statementValues.sql} RETURNING ${returning.statement}`,
          statementValues.params,
        )
      : { rows: [] };

    const created = {
      ...toMeeting(meeting.rows[0] as Record<string, unknown>),
      participants: participants.rows.map(toParticipant),
      statements: statements.rows.map(toStatement),
      initiatives: [],
    };
    const { participants: createdParticipants, statements: createdStatements, initiatives: _links, ...createdMeeting } = created;
    const audits = values(
      [
        ['meeting', meetingId, createdMeeting],
        ...createdParticipants.map((row) => ['participant', row.id, row]),
        ...createdStatements.map((row) => ['statement', row.id, row]),
      ].map(([type, id, after]) => [uuidv7(), requestId, 'create', type, id, meetingId, JSON.stringify(after)]),
    );
    await client.query(
      `INSERT INTO audit_events (id, request_id, action, record_type, record_id, meeting_id, after) VALUES ${audits.sql}`,
      audits.params,
    );
    await client.query('COMMIT');
    return created;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
