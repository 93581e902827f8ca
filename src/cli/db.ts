import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { projectRoot } from '../config/project-root.js';
import { createDataSource, openDatabase } from '../database/database.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { createScratchDatabase } from '../database/scratch-database.js';
import { runCli } from './run-cli.js';

const MIGRATIONS_DIR = path.join(projectRoot, 'migrations');
const USAGE = `Usage: db <command>
  migrate            apply pending migrations (DATABASE_URL, or the embedded database)
  revert             undo the last migration
  seed               add the demo data, once
  generate <Name>    write a migration for what the entities have and the migrations lack
  check              fail when entities and migrations disagree`;

/** Entities against a database that has every migration: the SQL that would close the gap. */
async function pendingSchemaChanges() {
  const scratch = await createScratchDatabase({
    serverUrl: process.env.DATABASE_URL || undefined,
    prefix: 'growhere_schema_diff',
  });
  try {
    const dataSource = createDataSource(scratch.url, 2);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      return await dataSource.driver.createSchemaBuilder().log();
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await scratch.drop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** migrations/index.ts lists every migration file, oldest first. */
export function writeMigrationIndex(): void {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(file))
    .sort();
  const entries = files.map((file) => {
    const [timestamp, name] = file.replace(/\.ts$/, '').split('-');
    return { file: file.replace(/\.ts$/, '.js'), className: `${name}${timestamp}` };
  });
  const source = `import type { MigrationInterface } from 'typeorm';
${entries.map((e) => `import { ${e.className} } from './${e.file}';`).join('\n')}

/** Every migration, oldest first. \`npm run db:migration:generate -- <Name>\` rewrites this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
${entries.map((e) => `  ${e.className},`).join('\n')}
];
`;
  fs.writeFileSync(path.join(MIGRATIONS_DIR, 'index.ts'), source);
}

async function main(): Promise<number> {
  const [command, argument] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
    case 'seed': {
      const config = loadConfig();
      const database = await openDatabase(config.database);
      try {
        const prepared = await prepareDatabase(database.url, { seedDemo: command === 'seed' });
        console.log(
          prepared.migrationsRun.length
            ? `Applied: ${prepared.migrationsRun.join(', ')}`
            : 'No pending migrations.',
        );
        if (command === 'seed') {
          console.log(prepared.seedsRun.length ? 'Demo data seeded.' : 'Demo data already there.');
        }
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'revert': {
      const config = loadConfig();
      const database = await openDatabase(config.database);
      const dataSource = createDataSource(database.url, 2);
      try {
        await dataSource.initialize();
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
        await database.close();
      }
      return 0;
    }
    case 'generate': {
      if (!argument || !/^[A-Z][A-Za-z0-9]+$/.test(argument)) {
        console.error(
          'generate needs a PascalCase name, e.g. npm run db:migration:generate -- AddOrganizations',
        );
        return 1;
      }
      const changes = await pendingSchemaChanges();
      if (changes.upQueries.length === 0) {
        console.log('No changes: entities and migrations agree.');
        return 0;
      }
      const timestamp = Date.now();
      const file = path.join(MIGRATIONS_DIR, `${timestamp}-${argument}.ts`);
      fs.writeFileSync(
        file,
        migrationSource(
          `${argument}${timestamp}`,
          changes.upQueries.map((q) => q.query),
          changes.downQueries.map((q) => q.query).reverse(),
        ),
      );
      writeMigrationIndex();
      execFileSync(
        path.join(projectRoot, 'node_modules/.bin/prettier'),
        ['--write', file, path.join(MIGRATIONS_DIR, 'index.ts')],
        { stdio: 'ignore' },
      );
      console.log(
        `Wrote ${path.relative(projectRoot, file)} (${changes.upQueries.length} statements).`,
      );
      return 0;
    }
    case 'check': {
      const changes = await pendingSchemaChanges();
      if (changes.upQueries.length === 0) {
        console.log('Migrations match the entities.');
        return 0;
      }
      console.error('Entities and migrations disagree. Missing from the migrations:');
      for (const query of changes.upQueries) console.error(`  ${query.query};`);
      console.error('Run: npm run db:migration:generate -- <Name>');
      return 1;
    }
    default:
      console.error(USAGE);
      return command ? 1 : 0;
  }
}

runCli(main);
