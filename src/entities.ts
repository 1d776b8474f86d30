import { LoginThrottle, Session, User } from "./accounts/account.entities";
import { ContractEvaluation, EngagementProposal } from "./lifecycle/evaluation.entities";
import { ModuleType, SelectionRule, Theme } from "./commode/catalogue.entities";
import {
  Action,
  ActionEstablishment,
  ActionPhaseChange,
  ContractModule,
  ContractPlan,
  ModuleProgressSnapshot,
  ModuleTheme,
  OrganisationProgress,
  ProgressSnapshot,
} from "./commode/plan.entities";
import { Campaign } from "./contracts/campaign.entities";
import { Contract, ContractEstablishment } from "./contracts/contract.entities";
import { AuditEntry } from "./core/audit/audit.entity";
import type { SchemaDefinition } from "./core/database/database";
import { postgresMigrations, sqliteMigrations } from "./migrations";
import { Establishment, Organisation, OrganisationDepartment } from "./organisations/organisation.entities";
import { Activity, EstablishmentActivity } from "./sanitary/activity.entities";
import { ActionType, IndicatorTemplate, ObjectiveLimit, SanitaryCatalogue, StrategicObjective, StrategicOrientation } from "./sanitary/catalogue.entities";
import {
  ContractAction,
  ContractActionEstablishment,
  ContractIndicator,
  ContractObjective,
  FinancingLine,
  IndicatorYear,
  SanitaryPlan,
} from "./sanitary/plan.entities";
import { ContractComment } from "./contracts/comment.entities";
import { Attachment } from "./documents/attachment.entities";
import { EmailPreference, OutboxEmail } from "./mail/mail.entities";
import { ContractReview } from "./contracts/review.entities";
import { ExpectationLink } from "./commode/expectation.entities";
import { Amendment, ContractStatusChange, ContractVersion, DepartmentExpectation, Signature } from "./lifecycle/lifecycle.entities";
import { Notification } from "./notifications/notification.entity";
import { Agency, Department, Region } from "./territory/territory.entities";

/** Every domain area's entities and migrations: what the database holds. */
export const appSchema: SchemaDefinition = {
  entities: [
    Region,
    Department,
    Agency,
    Organisation,
    Establishment,
    OrganisationDepartment,
    User,
    Session,
    LoginThrottle,
    AuditEntry,
    Campaign,
    Contract,
    ContractEstablishment,
    ModuleType,
    SelectionRule,
    Theme,
    ContractModule,
    ModuleTheme,
    Action,
    ActionEstablishment,
    ActionPhaseChange,
    ContractPlan,
    OrganisationProgress,
    ProgressSnapshot,
    ModuleProgressSnapshot,
    ContractComment,
    Attachment,
    OutboxEmail,
    EmailPreference,
    Activity,
    EstablishmentActivity,
    SanitaryCatalogue,
    ObjectiveLimit,
    StrategicOrientation,
    StrategicObjective,
    ActionType,
    IndicatorTemplate,
    SanitaryPlan,
    ContractObjective,
    ContractAction,
    ContractActionEstablishment,
    ContractIndicator,
    IndicatorYear,
    FinancingLine,
    ContractEvaluation,
    EngagementProposal,
      ContractReview,
    ContractStatusChange,
    Amendment,
    Signature,
    ContractVersion,
    DepartmentExpectation,
    ExpectationLink,
    Notification,
  ],
  migrations: { sqlite: sqliteMigrations, postgres: postgresMigrations },
};
