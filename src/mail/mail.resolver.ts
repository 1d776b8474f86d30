import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { IsEnum, IsOptional } from "class-validator";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { PageArgs, paginate, Paginated, type ListPage } from "../core/pagination";
import { Transactional } from "../core/transactional";
import { MaxItems } from "../core/graphql/input-limits";
import { NotificationKind } from "../notifications/notification-kind";
import { EmailMode, OutboxEmail, OutboxStatus } from "./mail.entities";
import * as outbox from "./outbox.service";
import { modeOf, myEmailChoices, setEmailChoices, type EmailChoices } from "./preferences";

@ObjectType({ description: "How one kind of notification reaches you by email." })
class EmailKindPreference {
  @Field(() => NotificationKind, { description: "The kind of notification." })
  kind: NotificationKind;

  @Field(() => EmailMode, { description: "How it reaches you: your choice for the kind, else your default." })
  mode: EmailMode;

  @Field(() => Boolean, { description: "True when you chose it for this kind; false when it follows your default." })
  chosen: boolean;
}

@ObjectType({ description: "Your email preferences: a default, and the kinds of notification you chose otherwise." })
class EmailPreferences {
  @Field(() => ID, { description: "Your account's id: there is one set of preferences per account." })
  id: string;

  @Field(() => EmailMode, { description: "How notifications reach you unless you chose otherwise for their kind (at first: IMMEDIATE)." })
  defaultMode: EmailMode;

  @Field(() => [EmailKindPreference], { description: "Every kind of notification, and how it reaches you." })
  kinds: EmailKindPreference[];
}

@InputType({ description: "How one kind of notification should reach you." })
class EmailKindChoiceInput {
  @Field(() => NotificationKind, { description: "The kind of notification." })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => EmailMode, { nullable: true, description: "How it should reach you; null: as your default." })
  @IsOptional()
  @IsEnum(EmailMode)
  mode?: EmailMode | null;
}

@InputType({ description: "What `setEmailPreferences` needs: the default, the kinds, or both; what is left out stays as it is." })
class SetEmailPreferencesInput {
  @Field(() => EmailMode, { nullable: true, description: "How notifications reach you unless you chose otherwise for their kind." })
  @IsOptional()
  @IsEnum(EmailMode)
  defaultMode?: EmailMode | null;

  @Field(() => [EmailKindChoiceInput], { nullable: true, description: "Kinds to set apart from the default (or back to it, with mode null)." })
  @IsOptional()
  @MaxItems(20)
  kinds?: EmailKindChoiceInput[] | null;
}

@ObjectType({ description: "A page of the outbox." })
class OutboxEmailList extends Paginated(OutboxEmail) {}

const viewOf = (userId: number, choices: EmailChoices): EmailPreferences => ({
  id: String(userId),
  defaultMode: choices.defaultMode,
  kinds: Object.values(NotificationKind).map((kind) => ({ kind, mode: modeOf(choices, kind), chosen: choices.kinds[kind] !== undefined })),
});

@Authorized()
@Resolver()
export class MailResolver {
  @Query(() => EmailPreferences, { description: "How notifications reach you by email: at once, in a daily digest, or not at all, per kind." })
  async emailPreferences(@Ctx() ctx: RequestContext): Promise<EmailPreferences> {
    return viewOf(currentUser(ctx).id, await myEmailChoices(ctx));
  }

  @Mutation(() => EmailPreferences, { description: "Chooses how notifications reach you by email: a default, and kinds apart from it (a daily digest for plan changes, say)." })
  @Transactional()
  async setEmailPreferences(@Ctx() ctx: RequestContext, @Arg("input", () => SetEmailPreferencesInput) input: SetEmailPreferencesInput): Promise<EmailPreferences> {
    const choices = await setEmailChoices(ctx, { defaultMode: input.defaultMode, kinds: input.kinds?.map((k) => ({ kind: k.kind, mode: k.mode ?? null })) });
    return viewOf(currentUser(ctx).id, choices);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => OutboxEmailList, { description: "The emails to the accounts of your agency: pending, being sent, sent, failed or bounced, with the reason; newest first." })
  outboxEmails(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => OutboxStatus, { nullable: true, description: "Only those in this state." }) status?: OutboxStatus | null,
  ): Promise<ListPage<OutboxEmail>> {
    return paginate(page, (skip, take) => outbox.listOutbox(ctx, status ?? null, skip, take));
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => OutboxEmail, { description: "Sends a failed or bounced email again, as new (its attempts start over)." })
  @Transactional()
  retryOutboxEmail(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The email's id." }) id: string): Promise<OutboxEmail> {
    return outbox.retryEmail(ctx, id);
  }
}
