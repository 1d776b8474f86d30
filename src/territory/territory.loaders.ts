import DataLoader from "dataloader";
import { In } from "typeorm";
import { byIdLoader, defineLoader } from "../core/loaders";
import { Agency, Department, Region } from "./territory.entities";

export const regionByCode = defineLoader(
  (ctx) =>
    new DataLoader<string, Region | null>(async (codes) => {
      const rows = await ctx.em.findBy(Region, { code: In([...codes]) });
      return codes.map((code) => rows.find((row) => row.code === code) ?? null);
    }),
);

export const departmentByCode = defineLoader(
  (ctx) =>
    new DataLoader<string, Department | null>(async (codes) => {
      const rows = await ctx.em.findBy(Department, { code: In([...codes]) });
      return codes.map((code) => rows.find((row) => row.code === code) ?? null);
    }),
);

export const departmentsByRegion = defineLoader(
  (ctx) =>
    new DataLoader<string, Department[]>(async (codes) => {
      const rows = await ctx.em.find(Department, { where: { regionCode: In([...codes]) }, order: { code: "ASC" } });
      return codes.map((code) => rows.filter((row) => row.regionCode === code));
    }),
);

export const agencyByRegion = defineLoader(
  (ctx) =>
    new DataLoader<string, Agency | null>(async (codes) => {
      const rows = await ctx.em.findBy(Agency, { regionCode: In([...codes]) });
      return codes.map((code) => rows.find((row) => row.regionCode === code) ?? null);
    }),
);

export const agencyById = byIdLoader(Agency);
