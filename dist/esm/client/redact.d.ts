/** A request body for the debug log: mobiles and emails masked, every other value except `type` hidden. */
export declare function redactBody(body: Record<string, unknown> | undefined): string;
