import type { CodegenConfig } from '@graphql-codegen/cli';

// The server owns the schema (../schema.gql, written by `npm run schema` at the root); the client
// only knows it through these generated, committed types.
const config: CodegenConfig = {
  schema: '../schema.gql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Operations live in .graphql files and are imported as typed documents, so the
        // `graphql()` tag helper and fragment masking are not needed.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
  // Format like the rest of the repository so `prettier --check` and re-running codegen agree.
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
