import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { projectRoot } from '../config/project-root.js';
import { runCli } from './run-cli.js';

export const SCHEMA_FILE = path.join(projectRoot, 'schema.gql');
const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | undefined;

/** Every resolver class reachable from the app module, found without starting anything. */
async function collectResolvers(root: ModuleRef, seen = new Set<unknown>()): Promise<Type[]> {
  const entry = await root;
  if (!entry || seen.has(entry)) return [];
  seen.add(entry);
  const moduleClass = 'module' in entry ? entry.module : entry;
  const metadata = (key: string) => (Reflect.getMetadata(key, moduleClass) ?? []) as unknown[];
  const imports = [...metadata('imports'), ...('module' in entry ? (entry.imports ?? []) : [])];
  const providers = [
    ...metadata('providers'),
    ...('module' in entry ? (entry.providers ?? []) : []),
  ];
  const resolvers = providers.filter(
    (provider): provider is Type =>
      typeof provider === 'function' && Reflect.hasMetadata('graphql:resolver_type', provider),
  );
  for (const imported of imports) {
    resolvers.push(...(await collectResolvers(imported as ModuleRef, seen)));
  }
  return resolvers;
}

/** The SDL of the app's schema, sorted, exactly as committed in schema.gql. */
export async function buildSchemaSdl(): Promise<string> {
  const appModule = AppModule.forRoot(loadConfig(), 'postgres://schema-only');
  const resolvers = [...new Set(await collectResolvers(appModule))];
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(resolvers);
    return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const command = process.argv[2];
  const sdl = await buildSchemaSdl();
  if (command === 'write') {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote schema.gql (${sdl.split('\n').length} lines).`);
    return 0;
  }
  if (command === 'check') {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed === sdl) {
      console.log('schema.gql is up to date.');
      return 0;
    }
    console.error('schema.gql is stale: run `npm run codegen` and commit the result.');
    return 1;
  }
  console.error('Usage: schema write|check');
  return 1;
}

runCli(main);
