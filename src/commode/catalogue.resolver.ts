import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Extensions } from "type-graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { visibleOrNull } from "../core/errors";
import { Transactional } from "../core/transactional";
import { ModuleType, SelectionRule, Theme } from "./catalogue.entities";
import { CreateThemeInput, ThemeFilter, UpdateModuleTypeInput, UpdateThemeInput } from "./catalogue.inputs";
import * as catalogue from "./catalogue.service";
import { describeRule } from "./selection-rules";
import { moduleTypeById, openThemesByModuleType, rulesByModuleType } from "./commode.loaders";

@Authorized()
@Resolver(() => ModuleType)
export class ModuleTypeResolver {
  @Extensions({ listSize: 8 })
  @Query(() => [ModuleType], { description: "The 8 modules of the commode, in order." })
  moduleTypes(@Ctx() ctx: RequestContext): Promise<ModuleType[]> {
    return catalogue.listModuleTypes(ctx);
  }

  @FieldResolver(() => [SelectionRule], { description: "What a plan must meet in this module to be submitted." })
  rules(@Root() moduleType: ModuleType, @Ctx() ctx: RequestContext): Promise<SelectionRule[]> {
    return rulesByModuleType(ctx).load(moduleType.id);
  }

  @FieldResolver(() => [Theme], { description: "The common catalogue's themes that can be chosen in this module." })
  themes(@Root() moduleType: ModuleType, @Ctx() ctx: RequestContext): Promise<Theme[]> {
    return openThemesByModuleType(ctx).load(moduleType.id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => ModuleType, { description: "Edits a module's texts or replaces its selection rules." })
  @Transactional()
  updateModuleType(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateModuleTypeInput): Promise<ModuleType> {
    return catalogue.updateModuleType(ctx, input);
  }
}

@Authorized()
@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: "Themes (fiches thématiques) of the catalogue." })
  themes(@Ctx() ctx: RequestContext, @Arg("filter", () => ThemeFilter, { description: "Which themes; empty: the common catalogue's open themes.", nullable: true }) filter?: ThemeFilter): Promise<Theme[]> {
    return catalogue.listThemes(ctx, filter ?? { includeArchived: false });
  }

  @Query(() => Theme, { description: "A theme of the commode; null if it does not exist or you may not read it.", nullable: true })
  theme(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Theme | null> {
    return visibleOrNull(() => catalogue.requireTheme(ctx, id, "id"));
  }

  @FieldResolver(() => ModuleType, { description: "The module it belongs to." })
  async moduleType(@Root() theme: Theme, @Ctx() ctx: RequestContext): Promise<ModuleType> {
    return (await moduleTypeById(ctx).load(theme.moduleTypeId))!;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The agency whose catalogue it belongs to; null for the common catalogue." })
  agencyId(@Root() theme: Theme): string | null {
    return theme.agencyId === null ? null : String(theme.agencyId);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Theme, { description: "Adds a theme to a module's catalogue." })
  @Transactional()
  createTheme(@Ctx() ctx: RequestContext, @Arg("input") input: CreateThemeInput): Promise<Theme> {
    return catalogue.createTheme(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Theme, { description: "Edits a theme, or archives it (it stays on the plans that chose it)." })
  @Transactional()
  updateTheme(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateThemeInput): Promise<Theme> {
    return catalogue.updateTheme(ctx, input);
  }
}

@Authorized()
@Resolver(() => SelectionRule)
export class SelectionRuleResolver {
  @FieldResolver(() => String, { description: "The rule in words, in the language the request asks for (Accept-Language)." })
  description(@Root() rule: SelectionRule, @Ctx() ctx: RequestContext): string {
    return describeRule(rule).in(ctx.language);
  }
}
