import { byIdLoader } from "../core/loaders";
import { User } from "./account.entities";

export const userById = byIdLoader(User);
