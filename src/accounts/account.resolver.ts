import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { PageArgs, paginate, Paginated } from "../core/pagination";
import { Transactional } from "../core/transactional";
import { Organisation } from "../organisations/organisation.entities";
import { organisationById } from "../organisations/organisation.loaders";
import { Agency, Department, Region } from "../territory/territory.entities";
import { agencyById, departmentByCode, regionByCode } from "../territory/territory.loaders";
import { User } from "./account.entities";
import { ChangePasswordInput, CreateUserInput, LoginInput, UpdateUserInput } from "./account.inputs";
import * as accounts from "./account.service";

@ObjectType({ description: "A new session: its token, and the user it acts as." })
class LoginResult {
  @Field(() => String, { description: "Send it as `Authorization: Bearer <token>`." })
  token: string;

  @Field(() => Date, { description: "When the token stops working." })
  expiresAt: Date;

  @Field(() => User, { description: "If mustChangePassword is true, changePassword comes before anything else." })
  user: User;
}

@ObjectType()
class UserList extends Paginated(User) {}

/** The only operation open without a token. */
@Resolver()
export class LoginResolver {
  @Mutation(() => LoginResult, { description: "Logs in; failed attempts are limited per account and per address." })
  login(@Ctx() ctx: RequestContext, @Arg("input") input: LoginInput): Promise<LoginResult> {
    return accounts.login(ctx, input);
  }
}

@Authorized()
@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { description: "The logged-in user." })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return accounts.me(ctx);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => UserList, { description: "The accounts of the admin's region." })
  users(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<UserList> {
    return paginate(page, (skip, take) => accounts.listUsers(ctx, skip, take));
  }

  @FieldResolver(() => Agency, { description: "An agency account's agency.", nullable: true })
  agency(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return user.agencyId === null ? null : agencyById(ctx).load(user.agencyId);
  }

  @FieldResolver(() => Organisation, { description: "An organisation user's organisation.", nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return user.organisationId === null ? null : organisationById(ctx).load(user.organisationId);
  }

  @FieldResolver(() => Department, { description: "A department user's department.", nullable: true })
  department(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Department | null> | null {
    return user.departmentCode === null ? null : departmentByCode(ctx).load(user.departmentCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: "A region viewer's region." })
  region(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return user.regionCode === null ? null : regionByCode(ctx).load(user.regionCode);
  }

  @Mutation(() => Boolean, { description: "Ends the current session: its token stops working." })
  @Transactional()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return accounts.logout(ctx);
  }

  @Mutation(() => User, { description: "Changes one's password; other sessions end." })
  @Transactional()
  changePassword(@Ctx() ctx: RequestContext, @Arg("input") input: ChangePasswordInput): Promise<User> {
    return accounts.changePassword(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => User, { description: "Creates an account in the admin's region, with a temporary password." })
  @Transactional()
  createUser(@Ctx() ctx: RequestContext, @Arg("input") input: CreateUserInput): Promise<User> {
    return accounts.createUser(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => User, { description: "Renames, deactivates or resets the password of an account of the admin's region." })
  @Transactional()
  updateUser(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateUserInput): Promise<User> {
    return accounts.updateUser(ctx, input);
  }
}
