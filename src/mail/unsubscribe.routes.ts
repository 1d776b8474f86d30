import express, { type Router } from "express";
import { User } from "../accounts/account.entities";
import { authUserOf } from "../accounts/account.service";
import { RequestContext } from "../core/context";
import type { RouteDependencies } from "../core/server";
import { NotificationKind } from "../notifications/notification-kind";
import { EmailMode } from "./mail.entities";
import { setEmailChoices } from "./preferences";
import { userOfUnsubscribeToken } from "./unsubscribe";

const page = (title: string, text: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/**
 * GET (the link in every email) and POST (mail clients' one-click button, RFC 8058)
 * /email/unsubscribe?token=…: no more email of any kind for the account, as if it had chosen
 * NONE everywhere; recorded in the audit trail as the account's own change.
 */
export function unsubscribeRoutes({ runtime }: RouteDependencies): Router {
  const router = express.Router();
  router.all("/unsubscribe", async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "POST") return next();
    try {
      const token = typeof req.query.token === "string" ? req.query.token : "";
      const userId = userOfUnsubscribeToken(runtime.auth, token);
      const user = userId === null ? null : await runtime.db.reader.manager.findOneBy(User, { id: userId });
      if (!user) {
        res.status(404).type("html").send(page("Lien non valable", "Ce lien de désabonnement n'est pas valable. Changez vos préférences dans l'application."));
        return;
      }
      const ctx = new RequestContext(runtime);
      const acting = ctx.as(await authUserOf(ctx, user, 0));
      acting.operation = "unsubscribe";
      await acting.transaction(() => setEmailChoices(acting, { defaultMode: EmailMode.NONE, kinds: Object.values(NotificationKind).map((kind) => ({ kind, mode: null })) }));
      res.type("html").send(page("Désabonnement enregistré", "Vous ne recevrez plus de courriels de CPOM. Vous pouvez les réactiver à tout moment dans vos préférences."));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
