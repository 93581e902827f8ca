import { jest } from '@jest/globals';
import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { AppException, ErrorKind, InvalidInputException } from './app.exception.js';
import { AppExceptionFilter } from './exception.filter.js';
import { formatGraphQLError } from './format-graphql-error.js';

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

describe('AppExceptionFilter (GraphQL)', () => {
  const filter = new AppExceptionFilter();
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('maps a module exception to its code, reason and field', () => {
    const error = filter.catch(
      new AppException(ErrorKind.CONFLICT, 'HANDLE_TAKEN', 'handle is taken', 'handle'),
      graphqlHost,
    ) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('handle is taken');
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'HANDLE_TAKEN',
      field: 'handle',
      message: 'handle is taken',
    });
  });

  it('passes the details of a coded exception as extensions, never over its code', () => {
    const error = filter.catch(
      new AppException(ErrorKind.FORBIDDEN, 'DAILY_LIMIT_REACHED', 'Enough for today', undefined, {
        limit: 3,
        activity: 'opportunities',
        code: 'SNEAKY',
      }),
      graphqlHost,
    ) as GraphQLError;
    expect(error.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'DAILY_LIMIT_REACHED',
      message: 'Enough for today',
      limit: 3,
      activity: 'opportunities',
    });
  });

  it('maps validation failures and Nest HTTP exceptions to GraphQL codes', () => {
    const invalid = filter.catch(
      new InvalidInputException('input.name', 'name is too long'),
      graphqlHost,
    );
    expect((invalid as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(
      (filter.catch(new NotFoundException(), graphqlHost) as GraphQLError).extensions.code,
    ).toBe('NOT_FOUND');
    expect(
      (filter.catch(new BadRequestException(), graphqlHost) as GraphQLError).extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('hides the details of anything unexpected, such as SQL', () => {
    const error = filter.catch(
      new Error('duplicate key value violates unique constraint "UQ_member_email"'),
      graphqlHost,
    ) as GraphQLError;
    expect(error.message).not.toMatch(/duplicate|constraint/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('formatGraphQLError', () => {
  it('keeps known codes and drops stack traces', () => {
    expect(
      formatGraphQLError({
        message: 'locale must be one of en, es',
        extensions: { code: 'BAD_USER_INPUT', field: 'locale', stacktrace: ['at x.js:1'] },
      }),
    ).toEqual({
      message: 'locale must be one of en, es',
      extensions: { code: 'BAD_USER_INPUT', field: 'locale' },
    });
  });

  it('turns unknown or missing codes into a generic internal error', () => {
    for (const extensions of [
      undefined,
      { code: 'SOMETHING_ELSE' },
      { code: 'INTERNAL_SERVER_ERROR' },
    ]) {
      expect(
        formatGraphQLError({ message: 'relation "member" does not exist', extensions }),
      ).toEqual({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('makes a value that does not fit its type bad input naming the field', () => {
    const schema = buildSchema(`
      enum Kind { JOB EVENT }
      input Filter { kinds: [Kind!], title: String }
      type Query { list(filter: Filter, first: Int): Int }
    `);
    const validationError = (query: string) => {
      const [error] = validate(schema, parse(query));
      // As Apollo wraps it: the original error, with its nodes, and the code.
      const wrapped = new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      return formatGraphQLError(
        { message: wrapped.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        wrapped,
      ).extensions;
    };
    expect(validationError('{ list(filter: { kinds: [JOB, NOPE] }) }')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'kinds',
    });
    expect(validationError('{ list(first: "ten") }')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(validationError('{ list(filter: { colour: "red" }) }')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'colour',
    });
    // Not about a value: the query's shape is the client's mistake, as before.
    expect(validationError('{ list { nope } }')).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });

    const variable = (message: string) =>
      formatGraphQLError(
        { message, extensions: { code: 'BAD_USER_INPUT' } },
        new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }),
      ).extensions;
    expect(
      variable(
        'Variable "$in" got invalid value "NOPE" at "in.kinds[1]"; Value "NOPE" does not exist in "Kind" enum.',
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'kinds' });
    expect(
      variable('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value'),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('describes a module exception thrown where no filter runs (a field resolver)', () => {
    const thrown = new AppException(
      ErrorKind.BAD_USER_INPUT,
      'INVALID_INPUT',
      'first is 0',
      'first',
    );
    const error = new GraphQLError(thrown.message, { originalError: thrown });
    expect(
      formatGraphQLError(
        { message: 'first is 0', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        error,
      ),
    ).toEqual({
      message: 'first is 0',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'first',
        message: 'first is 0',
      },
    });
  });
});
