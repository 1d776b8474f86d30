import { registerEnumType } from "type-graphql";
import { Sector } from "../organisations/organisation.entities";
import { msg, Translated, type Message } from "../core/i18n/message";

/**
 * The kinds of rule a module's plan must meet. Which modules have which rules, and their
 * values, are catalogue data (seeds/commode-catalogue.yaml, editable through the API): this
 * file only knows how to evaluate each kind.
 */
export enum RuleKind {
  /** At least `value` themes selected. */
  MIN_THEMES = "MIN_THEMES",
  /** At most `value` themes selected (0: the module takes no themes). */
  MAX_THEMES = "MAX_THEMES",
  /** At least `value` actions in the module. */
  MIN_ACTIONS = "MIN_ACTIONS",
  /** Every selected theme turned into at least `value` actions. */
  MIN_ACTIONS_PER_THEME = "MIN_ACTIONS_PER_THEME",
}
registerEnumType(RuleKind, { name: "RuleKind", description: "A kind of selection rule of a module.", valuesConfig: { MIN_THEMES: { description: "At least `value` themes selected." }, MIN_ACTIONS_PER_THEME: { description: "Every selected theme turned into at least `value` actions." }, MIN_ACTIONS: { description: "At least `value` actions in the module." }, MAX_THEMES: { description: "At most `value` themes selected (0: the module takes no themes)." } } });

export enum RuleScope {
  /** Counted over the whole module. */
  MODULE = "MODULE",
  /** Counted separately for each sector (PA, PH) the contract covers. */
  SECTOR = "SECTOR",
}
registerEnumType(RuleScope, { name: "RuleScope", description: "What a selection rule counts over.", valuesConfig: { SECTOR: { description: "Each sector the contract covers (older people, disabled people) separately." }, MODULE: { description: "The module as a whole." } } });

export interface RuleData {
  kind: RuleKind;
  value: number;
  scope: RuleScope;
}

export interface PlanModuleView {
  moduleId: number;
  moduleTypeCode: string;
  moduleTitle: string;
  rules: RuleData[];
  /** The selected themes. */
  themes: { id: number; title: string; sectors: Sector[] }[];
  actions: { id: number; themeId: number | null }[];
}

export interface Violation {
  moduleId: number;
  moduleTypeCode: string;
  rule: RuleKind;
  scope: RuleScope;
  value: number;
  sector: Sector | null;
  themeId: number | null;
  /** For people: worded in the reader's language when answered. */
  message: Message;
}

/** A sentence stating a rule, for catalogue readers and error messages. */
export function describeRule(rule: RuleData): Message {
  const counts = { themes: new Translated("rule.themes", { count: rule.value }), actions: new Translated("rule.actions", { count: rule.value }) };
  const none = rule.kind === RuleKind.MAX_THEMES && rule.value === 0;
  const text = none ? new Translated("rule.NO_THEMES") : new Translated(`rule.${rule.kind}`, counts);
  // Only theme counts are per sector; "no themes" is no themes in any sector.
  const perSector = rule.scope === RuleScope.SECTOR && (rule.kind === RuleKind.MIN_THEMES || rule.kind === RuleKind.MAX_THEMES) && !none;
  return perSector ? new Translated("rule.perSector", { rule: text }) : text;
}

/** Every rule a module breaks, given the sectors its contract covers. */
export function checkModule(module: PlanModuleView, contractSectors: Sector[]): Violation[] {
  const violations: Violation[] = [];
  const base = { moduleId: module.moduleId, moduleTypeCode: module.moduleTypeCode };
  const say = (key: string, params: Record<string, string | number | Message>) => new Translated(`violation.${key}`, { module: module.moduleTitle, ...params });
  for (const rule of module.rules) {
    const ruleBase = { ...base, rule: rule.kind, scope: rule.scope, value: rule.value, sector: null, themeId: null };
    switch (rule.kind) {
      case RuleKind.MIN_THEMES:
      case RuleKind.MAX_THEMES: {
        const groups: { sector: Sector | null; count: number }[] =
          rule.scope === RuleScope.SECTOR
            ? contractSectors.map((sector) => ({ sector, count: module.themes.filter((t) => t.sectors.includes(sector)).length }))
            : [{ sector: null, count: module.themes.length }];
        for (const { sector, count } of groups) {
          const broken = rule.kind === RuleKind.MIN_THEMES ? count < rule.value : count > rule.value;
          if (!broken) continue;
          const verb = rule.kind === RuleKind.MIN_THEMES ? "needs" : "allows";
          const rule_ = describeRule({ ...rule, scope: RuleScope.MODULE });
          const message = sector ? say(`${verb}ForSector`, { rule: rule_, sector: new Translated(`sector.${sector}`), count }) : say(verb, { rule: rule_, count });
          violations.push({ ...ruleBase, sector, message });
        }
        break;
      }
      case RuleKind.MIN_ACTIONS:
        if (module.actions.length < rule.value) {
          violations.push({ ...ruleBase, message: say("needs", { rule: describeRule(rule), count: module.actions.length }) });
        }
        break;
      case RuleKind.MIN_ACTIONS_PER_THEME:
        for (const theme of module.themes) {
          const count = module.actions.filter((a) => a.themeId === theme.id).length;
          if (count < rule.value) {
            violations.push({ ...ruleBase, themeId: theme.id, message: say("theme", { theme: theme.title, rule: new Translated("rule.actions", { count: rule.value }), count }) });
          }
        }
        break;
    }
  }
  return violations;
}

/** Every rule the plan breaks, all modules together. */
export function checkPlan(modules: PlanModuleView[], contractSectors: Sector[]): Violation[] {
  return modules.flatMap((module) => checkModule(module, contractSectors));
}

/** The limits a theme selection must respect at once (the minimums wait for submission). */
export function selectionLimitViolations(module: PlanModuleView, contractSectors: Sector[]): Violation[] {
  return checkModule(module, contractSectors).filter((v) => v.rule === RuleKind.MAX_THEMES);
}

/** Whether a module's rules allow themes at all. */
export function acceptsThemes(rules: RuleData[]): boolean {
  return !rules.some((r) => r.kind === RuleKind.MAX_THEMES && r.value === 0);
}

/** Why a set of rules cannot stand together (empty when it can). */
export function ruleSetProblems(rules: RuleData[]): Message[] {
  const problems: Message[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const key = `${rule.kind}/${rule.scope}`;
    if (seen.has(key)) problems.push(msg`${rule.kind} is given twice for scope ${rule.scope}`);
    seen.add(key);
    if (!Number.isInteger(rule.value) || rule.value < 0) problems.push(msg`${rule.kind} must have a whole value of 0 or more`);
  }
  for (const min of rules.filter((r) => r.kind === RuleKind.MIN_THEMES)) {
    const max = rules.find((r) => r.kind === RuleKind.MAX_THEMES && r.scope === min.scope);
    if (max && max.value < min.value) problems.push(msg`MIN_THEMES (${min.value}) is above MAX_THEMES (${max.value}) for scope ${min.scope}`);
    if (!acceptsThemes(rules) && min.value > 0) problems.push(msg`MIN_THEMES cannot be above 0 in a module that takes no themes`);
  }
  if (!acceptsThemes(rules) && rules.some((r) => r.kind === RuleKind.MIN_ACTIONS_PER_THEME && r.value > 0)) {
    problems.push(msg`MIN_ACTIONS_PER_THEME has no meaning in a module that takes no themes`);
  }
  return problems;
}
