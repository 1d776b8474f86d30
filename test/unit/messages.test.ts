import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ArrayMinSize, ArrayUnique, getMetadataStorage, IsBoolean, IsEmail, IsEnum, IsInt, IsNotEmpty, Length, Max, Min, validate, ValidateNested } from "class-validator";
import { IsNotBlank } from "../../src/core/validators";
import { frenchCatalogue, joinMessages, Message, msg, orList, Translated, wordAll, Worded } from "../../src/core/i18n/message";
import { VALIDATION_KEYS, validationMessage } from "../../src/core/i18n/validation";

const SRC = path.join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

/** Every msg`…` of the code, as the key it makes at run time, with where it is. */
function messagesOfTheCode(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === "msg") {
        const template = node.template;
        const key = ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.head.text + template.templateSpans.map((span, i) => `{{${i}}}${span.literal.text}`).join("");
        keys.set(key, `${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

/** The messages set on the inputs' validation decorators (class-validator words the others: see VALIDATION_KEYS). */
function decoratorMessages(): string[] {
  const storage = getMetadataStorage();
  const messages = new Set<string>();
  for (const file of sourceFiles(SRC).filter((f) => f.endsWith(".inputs.ts"))) {
    for (const exported of Object.values(require(file) as Record<string, unknown>)) {
      if (typeof exported !== "function") continue;
      for (const metadata of storage.getTargetValidationMetadatas(exported, "", true, false)) {
        // class-validator's own templates ("$property must…") are read back by validationMessage.
        if (typeof metadata.message === "string" && !metadata.message.includes("$property")) messages.add(metadata.message);
      }
    }
  }
  return [...messages];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\d+\}\}/g)].map((m) => m[0]).sort();

describe("messages for people: written in English in the code, worded in French by the catalogue", () => {
  const code = messagesOfTheCode();

  it("finds the code's messages (the scan works)", () => {
    expect(code.size).toBeGreaterThan(300);
    expect(code.get("Module {{0}} is listed twice")).toMatch(/^commode\/plan\.service\.ts:\d+$/);
  });

  it("words every message of the code in French, with the same placeholders", () => {
    const missing = [...code].filter(([key]) => frenchCatalogue[key] === undefined).map(([key, where]) => `${where}: ${key}`);
    expect(missing).toEqual([]);
    const mismatched = [...code.keys()].filter((key) => placeholders(key).join() !== placeholders(frenchCatalogue[key]).join());
    expect(mismatched).toEqual([]);
  });

  it("words class-validator's messages and the decorators' own", () => {
    const decorators = decoratorMessages();
    expect(decorators).toEqual(expect.arrayContaining(["postalCode must have 5 digits"]));
    expect([...VALIDATION_KEYS, ...decorators].filter((key) => frenchCatalogue[key] === undefined)).toEqual([]);
  });

  it("keeps no wording of a message the code no longer has", () => {
    const known = new Set([...code.keys(), ...VALIDATION_KEYS, ...decoratorMessages()]);
    expect(Object.keys(frenchCatalogue).filter((key) => !known.has(key))).toEqual([]);
  });

  it("renders a message in either language; its English is its message for logs", () => {
    const message = msg`Module ${"PREVENTION"} is listed twice`;
    expect(message.key).toBe("Module {{0}} is listed twice");
    expect(message.in("fr")).toBe("Le module PREVENTION figure deux fois");
    expect(message.in("en")).toBe("Module PREVENTION is listed twice");
    expect(String(message)).toBe("Module PREVENTION is listed twice");
  });

  it("words nested messages in the same language and leaves quoted values alone", () => {
    const nested = msg`${msg`Contract`} "${"{{1}} 12"}" does not exist`;
    expect(nested.in("fr")).toBe("Contrat « {{1}} 12 » introuvable");
    expect(nested.in("en")).toBe('Contract "{{1}} 12" does not exist');
    const list = orList([msg`the agency`, msg`the organisation`, msg`the department`]);
    expect(list.in("fr")).toBe("l'agence, l'organisme gestionnaire ou le département");
    expect(list.in("en")).toBe("the agency, the organisation or the department");
    expect(joinMessages([msg`a digit`, msg`a special character`], ", ").in("fr")).toBe("un chiffre, un caractère spécial");
    expect(new Worded("Déjà en français").in("en")).toBe("Déjà en français");
    expect(new Translated("rule.themes", { count: 2 }).in("fr")).toBe("2 thèmes");
    expect(wordAll({ violations: [{ rule: "X", message: msg`a digit` }], count: 2 }, "fr")).toEqual({ violations: [{ rule: "X", message: "un chiffre" }], count: 2 });
  });

  it("leaves a message missing from the catalogue in English rather than losing it", () => {
    expect(new Message("Not in the catalogue {{0}}", [3]).in("fr")).toBe("Not in the catalogue 3");
  });

  it("reads each class-validator message back into a message of the catalogue", async () => {
    enum Colour {
      RED = "RED",
    }
    class Sample {
      @IsNotEmpty() empty = "";
      @IsNotBlank() blank = "  ";
      @IsEnum(Colour) colour = "BLUE";
      @Min(1) low = 0;
      @Max(5) high = 6;
      @IsInt() whole = 1.5;
      @IsBoolean() flag = "yes";
      @ArrayMinSize(2) few = [1];
      @ArrayUnique() twice = [1, 1];
      @IsEmail() email = "nobody";
      @Length(3, 5) short = "ab";
      @Length(1, 2) long = "abc";
      @ValidateNested() nested = "text";
    }
    const errors = await validate(new Sample());
    const worded = errors.flatMap((error) => Object.entries(error.constraints ?? {}).map(([constraint, english]) => validationMessage(constraint, english)));
    expect(worded).toHaveLength(13);
    for (const message of worded) expect(frenchCatalogue[message.key]).toBeDefined();
    expect(worded.map((m) => m.in("fr"))).toEqual([
      "empty ne doit pas être vide",
      "blank ne doit pas être blanc",
      "colour doit être l'une des valeurs suivantes : RED",
      "low ne doit pas être inférieur à 1",
      "high ne doit pas être supérieur à 5",
      "whole doit être un nombre entier",
      "flag doit être un booléen",
      "few doit contenir au moins 2 éléments",
      "Les éléments de twice doivent être uniques",
      "email doit être une adresse électronique",
      "short doit compter au moins 3 caractères",
      "long doit compter au plus 2 caractères",
      "nested doit être un objet ou une liste d'objets",
    ]);
  });
});
