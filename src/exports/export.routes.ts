import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import express, { type Request, type Response } from "express";
import { execute, type DocumentNode, type GraphQLSchema } from "graphql";
import type { RequestContext } from "../core/context";
import { ErrorCode } from "../core/errors";
import { HttpError, httpErrorOf, routeHandler } from "../core/http/route-handler";
import type { RouteDependencies } from "../core/server";
import { CONTRACT_DOCUMENT, contractDocument, type ContractDocumentData } from "./contract-document";
import { DASHBOARD_HEADINGS, ORGANISATIONS_PAGE, organisationPages, writeDashboardCsv, writeDashboardWorkbook, type DashboardHeadings, type OrganisationRow } from "./dashboard-lists";
import { EVALUATION_REPORT, evaluationDocument, evaluationWorkbook, type EvaluationReportData } from "./evaluation-report";
import type { ExportFormat } from "./export-links";
import { PLAN_WORKBOOK, planWorkbook, type PlanWorkbookData } from "./plan-workbook";
// The Word and PDF writers are loaded on a first download, not when the server starts.
const docxBuffer: typeof import("./render-docx").docxBuffer = async (document) => (await import("./render-docx")).docxBuffer(document);
const pdfStream: typeof import("./render-pdf").pdfStream = async (document) => (await import("./render-pdf")).pdfStream(document);
import { CATALOGUE_WORKBOOK, catalogueWorkbook, type CatalogueTree } from "../imports/catalogue-workbook";
import { THEMES_WORKBOOK, themesWorkbook } from "../imports/themes-workbook";
import { msg } from "../core/i18n/message";

/**
 * Runs one of the exports' operations in this process, as the user of the request: the same
 * resolvers, loaders and access rules as over /graphql, so a download holds what the API answers.
 */
async function run<T>(schema: GraphQLSchema, ctx: RequestContext, document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
  const error = result.errors?.[0];
  if (error) throw httpErrorOf(error) ?? error.originalError ?? error;
  return result.data as T;
}

const TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

function formatOf(file: string, name: string, allowed: ExportFormat[]): ExportFormat {
  const match = new RegExp(`^${name}\\.([a-z]+)$`).exec(file);
  const format = match?.[1] as ExportFormat | undefined;
  if (!format || !allowed.includes(format)) throw new HttpError(404, ErrorCode.NOT_FOUND, msg`No such export: ${file} (${allowed.map((f) => `${name}.${f}`).join(", ")})`);
  return format;
}

function integerParameter(req: Request, name: string): number | null {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || !/^\d{1,6}$/.test(raw)) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`${name} must be a whole number`, { field: name });
  return Number(raw);
}

function textParameter(req: Request, name: string, max = 200): string | undefined {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return undefined;
  if (typeof raw !== "string" || raw.length > max) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`${name} must be one text of at most ${max} characters`, { field: name });
  return raw;
}

function sendFile(res: Response, format: ExportFormat, filename: string): void {
  res.status(200).type(TYPES[format]).attachment(`${filename}.${format}`).set("cache-control", "no-store");
}

/**
 * Downloads: the contract and its annexes (DOCX, PDF), the plan's follow-up (XLSX), the
 * evaluation report (DOCX, XLSX), a dashboard's list of organisations (XLSX, CSV). Each is asked
 * with the same bearer token as the API and answers what the API would: another tenant's
 * contract is NOT_FOUND. Where to find each is given by the API (Contract.exportLinks, organisationExportLinks).
 */
export function exportRoutes(options: RouteDependencies): express.Router {
  const { config, schema } = options;
  const router = express.Router();
  const handle = routeHandler(options, { concurrency: config.exports.concurrency, timeBudgetMs: config.exports.timeBudgetMs, operation: "export" });

  const contractId = (req: Request): string => {
    const id = String(req.params.id);
    if (!/^\d{1,12}$/.test(id)) throw new HttpError(404, ErrorCode.NOT_FOUND, msg`${msg`Contract`} "${id.slice(0, 50)}" does not exist`, { field: "id" });
    return id;
  };
  const noContract = (id: string) => new HttpError(404, ErrorCode.NOT_FOUND, msg`${msg`Contract`} "${id.slice(0, 50)}" does not exist`, { field: "id" });

  router.get(
    "/contracts/:id/:file",
    handle(async (ctx, req, res) => {
      const id = contractId(req);
      const file = String(req.params.file);
      const today = ctx.today();
      if (file.startsWith("contract.")) {
        const format = formatOf(file, "contract", ["docx", "pdf"]);
        const version = integerParameter(req, "version");
        const data = await run<ContractDocumentData>(schema, ctx, CONTRACT_DOCUMENT, { id, version });
        if (!data.contract) throw noContract(id);
        const document = contractDocument(data, version, today);
        const name = `cpom-${id}-${version === null ? `etat-${today}` : `version-${version}`}`;
        if (format === "pdf") {
          const stream = await pdfStream(document);
          sendFile(res, format, name);
          await pipeline(stream as Readable, res);
        } else {
          const buffer = await docxBuffer(document);
          sendFile(res, format, name);
          res.send(buffer);
        }
        return;
      }
      if (file.startsWith("plan.")) {
        formatOf(file, "plan", ["xlsx"]);
        const data = await run<PlanWorkbookData>(schema, ctx, PLAN_WORKBOOK, { id });
        if (!data.contract) throw noContract(id);
        if (data.contract.kind !== "MEDICO_SOCIAL") throw new HttpError(404, ErrorCode.NOT_FOUND, msg`Only a medico-social contract has an action plan to follow up`, { field: "id" });
        const book = planWorkbook(data, today);
        sendFile(res, "xlsx", `cpom-${id}-suivi-${today}`);
        await book.xlsx.write(res);
        res.end();
        return;
      }
      const evaluation = /^evaluation-(mid-term|final)\.([a-z]+)$/.exec(file);
      if (evaluation) {
        const format = formatOf(file.replace(/^evaluation-(mid-term|final)/, "evaluation"), "evaluation", ["docx", "xlsx"]);
        const kind = evaluation[1] === "final" ? "FINAL" : "MID_TERM";
        const data = await run<EvaluationReportData>(schema, ctx, EVALUATION_REPORT, { id });
        if (!data.contract) throw noContract(id);
        const found = data.contract.evaluations.find((e) => e.kind === kind);
        if (!found) throw new HttpError(404, ErrorCode.NOT_FOUND, msg`Contract ${id} has no ${evaluation[1]} evaluation yet (openEvaluation)`, { field: "kind" });
        const name = `cpom-${id}-evaluation-${evaluation[1]}`;
        if (format === "docx") {
          const buffer = await docxBuffer(evaluationDocument(data, found, today));
          sendFile(res, format, name);
          res.send(buffer);
        } else {
          const book = evaluationWorkbook(data, found);
          sendFile(res, format, name);
          await book.xlsx.write(res);
          res.end();
        }
        return;
      }
      throw new HttpError(404, ErrorCode.NOT_FOUND, msg`No such export: ${file} (contract.docx, contract.pdf, plan.xlsx, evaluation-mid-term.docx|xlsx, evaluation-final.docx|xlsx)`);
    }),
  );

  router.get(
    "/catalogues/:file",
    handle(async (ctx, req, res) => {
      const match = /^(\d{1,12})\.xlsx$/.exec(String(req.params.file));
      if (!match) throw new HttpError(404, ErrorCode.NOT_FOUND, msg`No such export: ${String(req.params.file).slice(0, 50)} (catalogues/<id>.xlsx)`);
      const data = await run<{ sanitaryCatalogue: CatalogueTree | null }>(schema, ctx, CATALOGUE_WORKBOOK, { id: match[1] });
      if (!data.sanitaryCatalogue) throw new HttpError(404, ErrorCode.NOT_FOUND, msg`${msg`Sanitary catalogue`} "${match[1]}" does not exist`, { field: "id" });
      sendFile(res, "xlsx", `catalogue-${match[1]}`);
      await catalogueWorkbook(data.sanitaryCatalogue).xlsx.write(res);
      res.end();
    }),
  );

  router.get(
    "/themes.xlsx",
    handle(async (ctx, _req, res) => {
      // The common catalogue and the user's agency's own fiches.
      const data = await run<{ themes: Parameters<typeof themesWorkbook>[0] }>(schema, ctx, THEMES_WORKBOOK, { agencyId: String(ctx.user!.tenantAgencyId) });
      sendFile(res, "xlsx", `fiches-thematiques-${ctx.today()}`);
      await themesWorkbook(data.themes).xlsx.write(res);
      res.end();
    }),
  );

  router.get(
    "/:file",
    handle(async (ctx, req, res) => {
      const format = formatOf(String(req.params.file), "organisations", ["xlsx", "csv"]);
      const filter = {
        regionCode: textParameter(req, "regionCode", 3),
        departmentCode: textParameter(req, "departmentCode", 3),
        sector: textParameter(req, "sector", 20),
        search: textParameter(req, "search"),
        belowTrajectory: textParameter(req, "belowTrajectory", 5) === "true" || undefined,
        inactiveForMonths: integerParameter(req, "inactiveForMonths") ?? undefined,
      };
      const results = { regionCode: filter.regionCode, departmentCode: filter.departmentCode };
      const headings = await run<DashboardHeadings>(schema, ctx, DASHBOARD_HEADINGS, { results });
      // Each page in a context of its own: the loaders' caches of one page are garbage once it is written, not kept until the last.
      const fetchPage = async (skip: number, take: number) =>
        (await run<{ organisations: { totalCount: number; items: OrganisationRow[] } }>(schema, ctx.as(ctx.user), ORGANISATIONS_PAGE, { filter, skip, take })).organisations;
      // The first page before the headers: a bad filter is still an error the client can read.
      const first = await fetchPage(0, 100);
      const pages = organisationPages((skip, take) => (skip === 0 ? Promise.resolve(first) : fetchPage(skip, take)));
      const scope = filter.departmentCode ? `departement-${filter.departmentCode}` : filter.regionCode ? `region-${filter.regionCode}` : "organismes";
      sendFile(res, format, `${scope}-${ctx.today()}`);
      if (format === "csv") await writeDashboardCsv(res, headings, pages);
      else await writeDashboardWorkbook(res, `Organismes ${scope}`, headings, pages);
    }),
  );
  return router;
}

