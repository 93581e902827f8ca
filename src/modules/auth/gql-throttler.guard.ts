import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  getOptionsToken,
  getStorageToken,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';

/** Per-address limits for GraphQL operations (the throttler reads HTTP requests by default). */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  // Declared here so that the app's Reflector is injected: the throttler (CommonJS) may see
  // another copy of @nestjs/core than this ESM app does, and could not resolve its own.
  constructor(
    @Inject(getOptionsToken()) options: ThrottlerModuleOptions,
    @Inject(getStorageToken()) storage: ThrottlerStorage,
    reflector: Reflector,
  ) {
    super(options, storage, reflector);
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: Request;
      res: Response;
    }>();
    return {
      req: req as unknown as Record<string, unknown>,
      res: res as unknown as Record<string, unknown>,
    };
  }
}
