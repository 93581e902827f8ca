import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { AppException, ErrorKind } from './app.exception.js';

const KIND_OF_HTTP_STATUS: Record<number, ErrorKind> = {
  400: ErrorKind.BAD_USER_INPUT,
  401: ErrorKind.UNAUTHENTICATED,
  403: ErrorKind.FORBIDDEN,
  404: ErrorKind.NOT_FOUND,
  409: ErrorKind.CONFLICT,
  429: ErrorKind.TOO_MANY_REQUESTS,
};

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again.';

/**
 * The one place where exceptions become what clients see: coded GraphQL errors for GraphQL,
 * JSON bodies for HTTP routes. Anything unexpected is logged with its stack and answered with a
 * generic message, so that neither stack traces nor SQL ever reach a client.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return this.toGraphQLError(exception);

    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppException) {
      response.status(exception.httpStatus).json(describe(exception));
      return undefined;
    }
    if (!isHttpException(exception)) {
      this.logger.error(exception);
      response
        .status(500)
        .json({ code: ErrorKind.INTERNAL_SERVER_ERROR, message: INTERNAL_MESSAGE });
      return undefined;
    }
    const status = exception.getStatus();
    // 413 comes from upload and body limits: the client sent too much.
    const kind =
      KIND_OF_HTTP_STATUS[status] ?? (status === 413 ? ErrorKind.BAD_USER_INPUT : undefined);
    if (kind) {
      response.status(status).json({ code: kind, message: exception.message });
      return undefined;
    }
    // Others (such as a 503 from the readiness check) keep their own body.
    return super.catch(exception, host);
  }

  private toGraphQLError(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof AppException) {
      return new GraphQLError(exception.message, { extensions: describe(exception) });
    }
    if (isHttpException(exception)) {
      const kind = KIND_OF_HTTP_STATUS[exception.getStatus()];
      if (kind) return new GraphQLError(exception.message, { extensions: { code: kind } });
    }
    this.logger.error(exception);
    return new GraphQLError(INTERNAL_MESSAGE, {
      extensions: { code: ErrorKind.INTERNAL_SERVER_ERROR },
    });
  }
}

/**
 * By shape as well as by class: a CommonJS library (such as the throttler) may throw the
 * HttpException of another copy of @nestjs/common than this ESM app loads.
 */
function isHttpException(exception: unknown): exception is HttpException {
  return (
    exception instanceof HttpException ||
    (exception instanceof Error &&
      typeof (exception as Partial<HttpException>).getStatus === 'function' &&
      typeof (exception as Partial<HttpException>).getResponse === 'function')
  );
}

function describe(exception: AppException) {
  return {
    ...(exception.kind === ErrorKind.INTERNAL_SERVER_ERROR ? {} : exception.details),
    code: exception.kind,
    reason: exception.reason,
    ...(exception.field ? { field: exception.field } : {}),
    ...(exception.kind === ErrorKind.INTERNAL_SERVER_ERROR ? {} : { message: exception.message }),
  };
}
