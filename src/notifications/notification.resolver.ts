import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext } from "../core/context";
import { PageArgs, paginate, Paginated } from "../core/pagination";
import { Transactional } from "../core/transactional";
import { Notification } from "./notification.entity";
import * as notifications from "./notification.service";

@ObjectType()
class NotificationList extends Paginated(Notification) {}

@Authorized()
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationList, { description: "Your notifications: changes other parties made to your contracts, newest first." })
  notifications(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("unreadOnly", () => Boolean, { description: "Only those not read yet.", defaultValue: false }) unreadOnly: boolean): Promise<NotificationList> {
    return paginate(page, (skip, take) => notifications.myNotifications(ctx, unreadOnly, skip, take));
  }

  @FieldResolver(() => String, { description: "What happened, in words, in the language the request asks for (Accept-Language: French by default, or English)." })
  message(@Root() notification: Notification, @Ctx() ctx: RequestContext): string {
    return notifications.notificationMessage(ctx.language, notification);
  }

  @Query(() => Int, { description: "How many of your notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Mutation(() => [Notification], { description: "Marks your notifications read: those given, or all unread ones." })
  @Transactional()
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg("ids", () => [ID], { nullable: true }) ids?: string[] | null): Promise<Notification[]> {
    return notifications.markNotificationsRead(ctx, ids ?? null);
  }

  @Subscription(() => Notification, {
    topics: notifications.NOTIFICATION_TOPIC,
    filter: ({ payload, context }: { payload: Notification; context: RequestContext }) => payload.userId === context.user?.id,
    description: "Your notifications as they happen (graphql-ws on /graphql; send the token as `authorization` in the connection params, at the top or under `headers`).",
  })
  notificationAdded(@Root() notification: Notification): Notification {
    // Through Redis the payload arrives as JSON: dates come back as strings.
    return { ...notification, createdAt: new Date(notification.createdAt), readAt: notification.readAt ? new Date(notification.readAt) : null };
  }
}
