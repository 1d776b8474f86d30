import { ValidateBy, type ValidationOptions } from "class-validator";

/** A text with something in it besides spaces (IsNotEmpty lets "   " through). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isNotBlank",
      validator: {
        validate: (value: unknown) => typeof value === "string" && value.trim().length > 0,
        defaultMessage: () => "$property must not be blank",
      },
    },
    options,
  );
}
