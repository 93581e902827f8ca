import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config/app-config.js';
import { createDataSource, openDatabase } from '../database/database.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { PasswordsService } from '../modules/auth/passwords.service.js';
import { HANDLE_PATTERN } from '../modules/auth/dto/auth.inputs.js';
import { MembersRepository } from '../modules/members/members.repository.js';
import { runCli } from './run-cli.js';

const USAGE = `Usage: npm run admin:create -- --email <email> [--name "<display name>"] [--handle <handle>]
The password is read from ADMIN_PASSWORD, or asked for. An existing member becomes an admin.`;

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set ADMIN_PASSWORD (no terminal to ask on)');
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await readline.question('Password for the new admin (12+ characters): ');
  } finally {
    readline.close();
  }
}

/** Makes the first admin (or promotes a member) from the command line. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, handle: { type: 'string' } },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    console.error(USAGE);
    return 1;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database.url, { seedDemo: false });
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const members = new MembersRepository(dataSource);
      const existing = await members.findByEmail(email);
      if (existing) {
        const roles = [...new Set([...existing.roles, 'STAFF', 'ADMIN'] as const)];
        await members.update(existing.id, { roles });
        console.log(`${email} is now an admin.`);
        return 0;
      }
      const handle =
        values.handle ??
        email
          .split('@')[0]
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '-');
      if (!HANDLE_PATTERN.test(handle)) {
        console.error('--handle must be 3 to 30 lowercase letters, digits or hyphens');
        return 1;
      }
      const displayName = values.name?.trim() || 'Administrator';
      const passwords = new PasswordsService();
      const password = await askPassword();
      passwords.assertAcceptable(password, 'password', [email, handle, displayName]);
      await dataSource.transaction(async (manager) => {
        const member = await members.insert(manager, {
          email,
          handle,
          displayName,
          passwordHash: await passwords.hash(password),
          locale: 'en',
        });
        await members.update(
          member.id,
          { roles: ['MEMBER', 'STAFF', 'ADMIN'], emailVerifiedAt: new Date() },
          manager,
        );
      });
      console.log(`Created the admin ${email} (@${handle}).`);
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}

runCli(main);
