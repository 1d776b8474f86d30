import express, { type Router } from "express";
import { User } from "../accounts/account.entities";
import { authUserOf } from "../accounts/account.service";
import { RequestContext } from "../core/context";
import type { RouteDependencies } from "../core/server";
import { NotificationKind } from "../notifications/notification-kind";
import { EmailMode } from "./mail.entities";
import { setEmailChoices } from "./preferences";
import { userOfUnsubscribeToken } from "./unsubscribe";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/**
 * /email/unsubscribe?token=…, the link in every email. GET shows a page asking to confirm
 * (mail scanners and link previews open links: a GET must change nothing); POST, from that
 * page or from a mail client's one-click button (RFC 8058), stops every email for the account,
 * as if it had chosen NONE everywhere, recorded in the audit trail as the account's own change.
 */
export function unsubscribeRoutes({ runtime }: RouteDependencies): Router {
  const router = express.Router();
  const accountOf = async (token: unknown) => {
    const userId = typeof token === "string" ? userOfUnsubscribeToken(runtime.auth, token) : null;
    return userId === null ? null : runtime.db.reader.manager.findOneBy(User, { id: userId });
  };
  const invalid = (res: express.Response) =>
    res.status(404).type("html").send(page("Lien non valable", "<p>Ce lien de désabonnement n'est pas valable. Changez vos préférences dans l'application.</p>"));

  router.get("/unsubscribe", async (req, res, next) => {
    try {
      const user = await accountOf(req.query.token);
      if (!user) return void invalid(res);
      const action = `?token=${encodeURIComponent(String(req.query.token))}`;
      res.type("html").send(
        page(
          "Se désabonner des courriels de CPOM",
          `<p>Le compte ${escapeHtml(user.email)} ne recevra plus aucun courriel de CPOM (notifications, récapitulatifs, rappels d'échéance).</p><form method="post" action="${action}"><button type="submit">Confirmer le désabonnement</button></form>`,
        ),
      );
    } catch (error) {
      next(error);
    }
  });

  router.post("/unsubscribe", async (req, res, next) => {
    try {
      const user = await accountOf(req.query.token);
      if (!user) return void invalid(res);
      const ctx = new RequestContext(runtime);
      const acting = ctx.as(await authUserOf(ctx, user, 0));
      acting.operation = "unsubscribe";
      await acting.transaction(() => setEmailChoices(acting, { defaultMode: EmailMode.NONE, kinds: Object.values(NotificationKind).map((kind) => ({ kind, mode: null })) }));
      res.type("html").send(page("Désabonnement enregistré", "<p>Vous ne recevrez plus de courriels de CPOM. Vous pouvez les réactiver à tout moment dans vos préférences.</p>"));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
