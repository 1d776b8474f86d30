import type { NonEmptyArray } from "type-graphql";
import { AccountResolver, LoginResolver } from "./accounts/account.resolver";
import { ActionResolver } from "./commode/action.resolver";
import { ContractExpectationResolver, ExpectationLinkResolver } from "./commode/expectation.resolver";
import { ModuleTypeResolver, SelectionRuleResolver, ThemeResolver } from "./commode/catalogue.resolver";
import { seedCommodeCatalogue } from "./commode/catalogue.seed";
import { BilanResolver, ContractModuleResolver, ContractPlanResolver } from "./commode/plan.resolver";
import { ModuleProgressSnapshotResolver, OrganisationProgressResolver, ProgressSnapshotResolver } from "./commode/progress.resolver";
import { CampaignResolver } from "./contracts/campaign.resolver";
import { ContractResolver } from "./contracts/contract.resolver";
import type { Database } from "./core/database/database";
export { authenticate } from "./accounts/session.service";
import { DashboardResolver } from "./dashboards/dashboard.resolver";
import { EstablishmentResolver, OrganisationResolver } from "./organisations/organisation.resolver";
import { AgencyResolver, DepartmentResolver, RegionResolver } from "./territory/territory.resolver";
import { seedTerritory } from "./territory/territory.seed";
import { ContractCommentResolver } from "./contracts/comment.resolver";
import { EstablishmentActivitiesResolver, EstablishmentActivityResolver, FinancingLineResolver, SanitaryResultsResolver } from "./sanitary/annex.resolver";
import { ActionTypeResolver, SanitaryCatalogueResolver, StrategicObjectiveResolver, StrategicOrientationResolver } from "./sanitary/catalogue.resolver";
import { ContractActionResolver, ContractObjectiveResolver, EngagementProposalResolver, SanitaryContractResolver } from "./sanitary/contract.resolver";
import { ContractEvaluationResolver, ContractEvaluationsResolver } from "./lifecycle/evaluation.resolver";
import { ContractIndicatorResolver, IndicatorYearResolver } from "./sanitary/indicator.resolver";
import { seedSanitary } from "./sanitary/sanitary.seed";
import { ContractDeadlinesResolver, ContractScheduleResolver } from "./contracts/schedule.resolver";
import { AmendmentResolver, ContractLifecycleResolver, ContractVersionResolver, DepartmentExpectationResolver, SignatureResolver } from "./lifecycle/lifecycle.resolver";
import { seedDepartmentExpectations } from "./lifecycle/expectations.seed";
import { NotificationResolver } from "./notifications/notification.resolver";
import { CatalogueExportsResolver, ContractExportsResolver, DashboardExportsResolver } from "./exports/export-links";
import { AttachmentResolver, ContractAttachmentsResolver } from "./documents/attachment.resolver";
import { MailResolver } from "./mail/mail.resolver";
import { outboxWorker } from "./mail/worker";
import { reminderJob } from "./mail/reminders";
import { digestJob } from "./mail/digest";
import type { Config } from "./core/config";
import type { Runtime } from "./core/context";
import type { Logger } from "pino";
import { documentStorage } from "./documents/storage";
import type { AppRoute, BackgroundJob } from "./core/server";
import { lazyRouter } from "./core/http/route-handler";
// What each kind of contract gives the lifecycle (registered on import).
import "./commode/contract-content";
import "./sanitary/contract-content";

/** Every domain area's resolvers: what the API offers. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const appResolvers: NonEmptyArray<Function> = [
  LoginResolver,
  AccountResolver,
  RegionResolver,
  DepartmentResolver,
  AgencyResolver,
  OrganisationResolver,
  EstablishmentResolver,
  ContractResolver,
  CampaignResolver,
  ModuleTypeResolver,
  SelectionRuleResolver,
  ThemeResolver,
  ContractPlanResolver,
  ContractModuleResolver,
  BilanResolver,
  ActionResolver,
  OrganisationProgressResolver,
  ProgressSnapshotResolver,
  ModuleProgressSnapshotResolver,
  DashboardResolver,
  ContractCommentResolver,
  SanitaryCatalogueResolver,
  StrategicOrientationResolver,
  StrategicObjectiveResolver,
  ActionTypeResolver,
  SanitaryContractResolver,
  ContractObjectiveResolver,
  ContractActionResolver,
  ContractIndicatorResolver,
  IndicatorYearResolver,
  ContractEvaluationResolver,
  ContractEvaluationsResolver,
  EngagementProposalResolver,
  EstablishmentActivityResolver,
  EstablishmentActivitiesResolver,
  FinancingLineResolver,
  SanitaryResultsResolver,
  ContractScheduleResolver,
  ContractDeadlinesResolver,
  ContractLifecycleResolver,
  AmendmentResolver,
  ContractVersionResolver,
  SignatureResolver,
  DepartmentExpectationResolver,
  ContractExpectationResolver,
  ExpectationLinkResolver,
  NotificationResolver,
  ContractExportsResolver,
  DashboardExportsResolver,
  CatalogueExportsResolver,
  AttachmentResolver,
  ContractAttachmentsResolver,
  MailResolver,
];

/** HTTP routes beside /graphql: the downloads, imports, and attached documents (upload, download). */
export const appRoutes: AppRoute[] = [
  { path: "/exports", router: lazyRouter(async () => (await import("./exports/export.routes")).exportRoutes) },
  { path: "/imports", router: lazyRouter(async () => (await import("./imports/import.routes")).importRoutes) },
  { path: "/documents", router: lazyRouter(async () => (await import("./documents/attachment.routes")).attachmentRoutes), readiness: { name: "documents", check: (config) => documentStorage(config.documents).check() } },
  { path: "/email", router: lazyRouter(async () => (await import("./mail/unsubscribe.routes")).unsubscribeRoutes) },
];

/** What runs beside the requests, on a timer: the outbox's worker (unless OUTBOX_WORKER is off). */
export function appJobs(runtime: Runtime, config: Config, log: Logger): BackgroundJob[] {
  return config.mail.worker ? [outboxWorker(runtime, config.mail, log), reminderJob(runtime, config.mail, log), digestJob(runtime, config.mail, log)] : [];
}

/** Loads the reference data of seeds/, idempotently, in one transaction. Returns the number of rows inserted. */
export function runSeeds(db: Database): Promise<number> {
  return db.transaction(async (em) => (await seedTerritory(em)) + (await seedCommodeCatalogue(em)) + (await seedSanitary(em)) + (await seedDepartmentExpectations(em)));
}
