/**
 * The types of a route's input and answer, read from the contracts' zod schemas without bundling zod:
 * `In` is what we send (defaults optional), `Out` what the server answers. One set for every typed
 * call of the console (api/endpoints.ts and the pages' own *-api.ts files).
 */
export type In<S> = S extends { _input: infer I } ? I : never;
export type Out<S> = S extends { _output: infer O } ? O : never;
export type Body<R> = R extends { body: infer B } ? In<B> : never;
export type Query<R> = R extends { querystring: infer Q } ? In<Q> : never;
export type Reply<R, Status extends number = 200> = R extends { response: Record<Status, infer S> } ? Out<S> : never;
