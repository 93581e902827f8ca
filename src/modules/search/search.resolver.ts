import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs } from '../../common/graphql/pagination.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchResults } from './search.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResults, {
    description:
      'Members, organizations and opportunities, most relevant first; facets count what each filter value would give',
  })
  @Allow(Access.PUBLIC)
  search(
    @Args() { query, filter }: SearchArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResults> {
    const asked = selectedFields(info);
    return this.service.search(viewer, query, filter, first, after, {
      totalCount: asked.has('totalCount'),
      facets: asked.has('facets'),
    });
  }
}

/** The fields selected on this field's result, through fragments too. */
function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}
