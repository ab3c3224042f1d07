import { escapeIdentifier } from 'pg';

/**
 * Every statement the Postgres provisioner runs. Names in GRANT and REVOKE cannot be bind
 * parameters, so each one goes through `escapeIdentifier` (double quotes, inner quotes
 * doubled); catalog lookups take names as parameters instead.
 */

function tableName(schema: string, table: string): string {
  return `${escapeIdentifier(schema)}.${escapeIdentifier(table)}`;
}

export const privilegeStatements = {
  grantUsage: (schema: string, role: string) =>
    `GRANT USAGE ON SCHEMA ${escapeIdentifier(schema)} TO ${escapeIdentifier(role)}`,
  grantSelect: (schema: string, table: string, role: string) =>
    `GRANT SELECT ON TABLE ${tableName(schema, table)} TO ${escapeIdentifier(role)}`,
  revokeUsage: (schema: string, role: string) =>
    `REVOKE USAGE ON SCHEMA ${escapeIdentifier(schema)} FROM ${escapeIdentifier(role)}`,
  revokeSelect: (schema: string, table: string, role: string) =>
    `REVOKE SELECT ON TABLE ${tableName(schema, table)} FROM ${escapeIdentifier(role)}`,
};

/**
 * Serialises grant changes for one role and schema across replicas and jobs: deciding
 * whether USAGE is new, or still needed, must not interleave with another grant's change.
 */
export const lockRoleSchema = `SELECT pg_advisory_xact_lock(hashtextextended('tessera.provisioning:' || $1 || ':' || $2, 0))`;

/** $1 role, $2 schema, $3 table or null: the objects' oids, null where one does not exist. */
export const findObjects = `
  SELECT (SELECT oid FROM pg_roles WHERE rolname = $1) AS role_oid,
         (SELECT oid FROM pg_namespace WHERE nspname = $2) AS schema_oid,
         (SELECT c.oid
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $2 AND c.relname = $3 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')) AS table_oid`;

/*
 * The privilege checks read the ACLs themselves (a NULL ACL means the owner-only default)
 * rather than has_*_privilege, which would also answer true through PUBLIC, role membership
 * or superuser status, and so miss a grant removed by hand.
 */

/** $1 schema oid, $2 role oid: whether the role holds USAGE on the schema itself. */
export const holdsUsage = `
  SELECT EXISTS (
    SELECT 1
      FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
     WHERE n.oid = $1 AND a.grantee = $2 AND a.privilege_type = 'USAGE') AS answer`;

/** $1 table oid, $2 role oid: whether the role holds SELECT on the table itself. */
export const holdsSelect = `
  SELECT EXISTS (
    SELECT 1
      FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
     WHERE c.oid = $1 AND a.grantee = $2 AND a.privilege_type = 'SELECT') AS answer`;

/**
 * $1 schema oid, $2 role oid: whether the role still needs USAGE on the schema because it
 * owns, or holds privileges on, a relation, a column or a routine in it.
 */
export const stillNeedsSchema = `
  SELECT EXISTS (
           SELECT 1
             FROM pg_class c
             LEFT JOIN LATERAL aclexplode(c.relacl) a ON true
            WHERE c.relnamespace = $1 AND (c.relowner = $2 OR a.grantee = $2))
      OR EXISTS (
           SELECT 1
             FROM pg_attribute t
             JOIN pg_class c ON c.oid = t.attrelid, aclexplode(t.attacl) a
            WHERE c.relnamespace = $1 AND a.grantee = $2)
      OR EXISTS (
           SELECT 1
             FROM pg_proc p
             LEFT JOIN LATERAL aclexplode(p.proacl) a ON true
            WHERE p.pronamespace = $1 AND (p.proowner = $2 OR a.grantee = $2)) AS answer`;
