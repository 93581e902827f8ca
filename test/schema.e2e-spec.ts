import fs from 'node:fs';
import path from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ACCESS_METADATA } from '../src/common/auth/access.decorator.js';
import { projectRoot } from '../src/config/project-root.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

describe('the GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is the one committed in schema.gql', () => {
    const { schema } = app.app.get(GraphQLSchemaHost);
    const committed = fs.readFileSync(path.join(projectRoot, 'schema.gql'), 'utf8');
    expect(committed.replace(/^#.*\n/gm, '').trim()).toBe(
      printSchema(lexicographicSortSchema(schema)).trim(),
    );
  });

  it('has an access declaration on every query, mutation and subscription', () => {
    const declared = new Map<string, unknown>();
    for (const module of app.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!type?.prototype || !Reflect.hasMetadata('graphql:resolver_type', type)) continue;
        for (const key of Object.getOwnPropertyNames(type.prototype)) {
          const method = (type.prototype as Record<string, unknown>)[key];
          if (typeof method !== 'function') continue;
          const root = Reflect.getMetadata('graphql:resolver_type', method) as unknown;
          if (typeof root !== 'string' || !ROOT_TYPES.includes(root)) continue;
          const name = (Reflect.getMetadata('graphql:resolver_name', method) as string) ?? key;
          declared.set(
            `${root}.${name}`,
            Reflect.getMetadata(ACCESS_METADATA, method) ??
              Reflect.getMetadata(ACCESS_METADATA, type),
          );
        }
      }
    }
    const { schema } = app.app.get(GraphQLSchemaHost);
    const operations = ROOT_TYPES.flatMap((root) =>
      Object.keys(
        schema.getType(root)
          ? (schema.getType(root) as never as { getFields(): object }).getFields()
          : {},
      ).map((field) => `${root}.${field}`),
    );
    expect(operations.length).toBeGreaterThan(0);
    const undeclared = operations.filter((operation) => {
      const access = declared.get(operation);
      return !Array.isArray(access) || access.length === 0;
    });
    expect(undeclared).toEqual([]);
  });
});
