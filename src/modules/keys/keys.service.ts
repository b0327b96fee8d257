import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prisma.js';
import type { ApiKey } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound } from '../../http/errors.js';
import { audit, systemActor, type Actor } from '../audit/audit.js';

/** What a key may do: read (GET), write (POST, PATCH, DELETE on records), admin (manage keys). */
export const scopes = ['read', 'write', 'admin'] as const;
export type Scope = (typeof scopes)[number];

/** SHA-256 of a key, hex: what is stored and looked up. Keys are 32 random bytes, so a fast hash is enough. */
export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new key: "dmk_" and 43 base64url characters (256 bits). */
export const generateKey = (): string => `dmk_${randomBytes(32).toString('base64url')}`;

export interface KeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const toKeyView = (row: ApiKey): KeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes.filter((scope): scope is Scope => (scopes as readonly string[]).includes(scope)),
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** API keys as data: created (the key is returned once), listed, revoked; never stored in clear. */
export function createKeysService({ prisma }: { prisma: Db }) {
  return {
    /**
     * Creates a key and audits it (without the key); returns the view with the plain key, which is kept nowhere.
     * Throws 409 `conflict` when the name is taken.
     */
    async create(name: string, granted: readonly Scope[], who: Actor = systemActor): Promise<KeyView & { key: string }> {
      const key = generateKey();
      if (await prisma.apiKey.findUnique({ where: { name }, select: { id: true } }))
        throw conflict(`A key named "${name}" exists already.`, inBody('/name'));
      const row = await prisma.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: { name, keyHash: hashKey(key), prefix: key.slice(0, 8), scopes: [...new Set(granted)] },
        });
        await audit(tx, who, { action: 'create', recordType: 'api_key', recordId: created.id, after: toKeyView(created) });
        return created;
      });
      return { ...toKeyView(row), key };
    },

    async list(): Promise<KeyView[]> {
      return (await prisma.apiKey.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map(toKeyView);
    },

    /**
     * Revokes a key by id or name, audited; it stops working at once. Revoking again changes nothing.
     * Throws 404 `not_found` when no key has that id or name, and 409 `conflict` when it is the last active key with
     * the admin scope and `options.otherAdmins` (admin keys from API_KEYS) is 0 — no one could manage keys through the
     * API after it — unless `options.lastAdmin` is true (the CLI, which needs no key).
     */
    async revoke(
      idOrName: string,
      who: Actor = systemActor,
      options: { lastAdmin?: boolean; otherAdmins?: number } = {},
    ): Promise<KeyView> {
      const where = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName)
        ? { id: idOrName }
        : { name: idOrName };
      const row = await prisma.apiKey.findUnique({ where });
      if (!row) throw notFound('API key', idOrName, 'id or name');
      if (row.revokedAt) return toKeyView(row);
      return prisma.$transaction(async (tx) => {
        if (row.scopes.includes('admin') && !options.lastAdmin && !options.otherAdmins) {
          // Serialised with other revocations, so two admins revoking each other's key at once cannot both succeed.
          await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('api_keys:admin', 0))::text`;
          const others = await tx.apiKey.count({ where: { id: { not: row.id }, revokedAt: null, scopes: { has: 'admin' } } });
          if (others === 0)
            throw conflict(
              `"${row.name}" is the last active key with the admin scope: create another admin key first, or revoke it with npm run keys.`,
            );
        }
        const revoked = await tx.apiKey.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
        await audit(tx, who, {
          action: 'update',
          recordType: 'api_key',
          recordId: row.id,
          before: toKeyView(row),
          after: toKeyView(revoked),
        });
        return toKeyView(revoked);
      });
    },
  };
}

export type KeysService = ReturnType<typeof createKeysService>;
