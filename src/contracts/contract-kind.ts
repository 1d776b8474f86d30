import { registerEnumType } from "type-graphql";

export enum ContractKind {
  MEDICO_SOCIAL = "MEDICO_SOCIAL",
  SANITARY = "SANITARY",
}
registerEnumType(ContractKind, {
  name: "ContractKind",
  description: "The two families of CPOM.",
  valuesConfig: {
    MEDICO_SOCIAL: { description: "Modular medico-social CPOM (CASF L313-11): the commode of 8 modules." },
    SANITARY: { description: "Sanitary CPOM (CSP L6114-1): orientations, objectives, actions, indicators." },
  },
});
