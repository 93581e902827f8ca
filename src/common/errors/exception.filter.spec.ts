import { jest } from '@jest/globals';
import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
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
});
