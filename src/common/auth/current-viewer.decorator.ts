import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Viewer } from './viewer.js';

/** The signed-in caller, or undefined for anonymous calls to public operations. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | undefined => requestOf(context)?.user,
);

export function requestOf(context: ExecutionContext): (Request & { user?: Viewer }) | undefined {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: Request & { user?: Viewer } }>()
      .req;
  }
  return context.switchToHttp().getRequest<Request & { user?: Viewer }>();
}
