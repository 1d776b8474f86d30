import type { ModuleType } from "./catalogue.entities";
import type { OrganisationModuleRate } from "./commode.types";
import { moduleRate } from "./progress";

/**
 * An organisation's rate per module type, over its contracts: the mean of that module's
 * rates (the same mean as for a module's actions), modules without actions left out.
 */
export function organisationModuleRates(
  modules: { moduleTypeId: number; rate: number | null; actionCount: number }[],
  types: ModuleType[],
): Omit<OrganisationModuleRate, "id">[] {
  return types
    .slice()
    .sort((a, b) => a.number - b.number)
    .map((moduleType) => {
      const ofType = modules.filter((m) => m.moduleTypeId === moduleType.id);
      return {
        moduleType,
        rate: moduleRate(ofType.flatMap((m) => (m.rate === null ? [] : [m.rate]))),
        actionCount: ofType.reduce((sum, m) => sum + m.actionCount, 0),
      };
    });
}
