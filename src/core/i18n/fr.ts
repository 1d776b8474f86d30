/** Texts for people, in French (the default). Keys are stable; codes for programs stay in English. */
export const fr = {
  sector: { ELDERLY: "personnes âgées (PA)", DISABLED: "personnes handicapées (PH)" },
  notification: {
    COMMENT: "{{actor}} a commenté le contrat n° {{contract}}",
    PLAN_CHANGE: "{{actor}} a modifié le contenu du contrat n° {{contract}}",
    PHASE_CHANGE: "{{actor}} a fait avancer une action du contrat n° {{contract}}",
    RESULT: "{{actor}} a enregistré des résultats du contrat n° {{contract}}",
    FOLLOW_UP: "{{actor}} a modifié le suivi du contrat n° {{contract}}",
    SIGNATURE: "{{actor}} a signé le contrat n° {{contract}}, ou refusé de le cosigner",
    AMENDMENT: "{{actor}} a ouvert un avenant au contrat n° {{contract}}",
    STATUS_CHANGE: "{{actor}} a changé le statut du contrat n° {{contract}}",
    STATUS_CHANGE_proposeContract: "{{actor}} a proposé le contrat n° {{contract}}",
    STATUS_CHANGE_startNegotiation: "{{actor}} a ouvert la négociation du contrat n° {{contract}}",
    STATUS_CHANGE_imposeContractBase: "{{actor}} a arrêté le socle du contrat n° {{contract}}",
    STATUS_CHANGE_closeContract: "{{actor}} a clos le contrat n° {{contract}}",
    DOCUMENT: "{{actor}} a joint un document au contrat n° {{contract}}, ou en a supprimé un",
  },
  rule: {
    themes_one: "{{count}} thème",
    themes_other: "{{count}} thèmes",
    actions_one: "{{count}} action",
    actions_other: "{{count}} actions",
    MIN_THEMES: "au moins {{themes}}",
    MAX_THEMES: "au plus {{themes}}",
    NO_THEMES: "aucun thème",
    MIN_ACTIONS: "au moins {{actions}}",
    MIN_ACTIONS_PER_THEME: "au moins {{actions}} pour chaque thème retenu",
    perSector: "{{rule}} par secteur couvert",
  },
  violation: {
    submit_one: "Le plan ne peut pas être soumis : il enfreint une règle : {{list}}",
    submit_other: "Le plan ne peut pas être soumis : il enfreint {{count}} règles : {{list}}",
    needs: "Le module « {{module}} » demande {{rule}} ; il en a {{count}}",
    allows: "Le module « {{module}} » admet {{rule}} ; il en a {{count}}",
    needsForSector: "Le module « {{module}} » demande {{rule}} pour le secteur {{sector}} ; il en a {{count}}",
    allowsForSector: "Le module « {{module}} » admet {{rule}} pour le secteur {{sector}} ; il en a {{count}}",
    theme: "Module « {{module}} » : le thème « {{theme}} » demande {{rule}} ; il en a {{count}}",
  },
};

export type Texts = typeof fr;
