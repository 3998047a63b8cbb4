// The part of gettext-parser 10's API the build uses (the package ships no types).
declare module "gettext-parser" {
  export interface Translation {
    msgctxt?: string;
    msgid: string;
    msgstr: string[];
    comments?: { reference?: string };
  }
  export interface Catalog {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, Translation>>;
  }
  export const po: { parse(input: string | Buffer): Catalog };
  export const mo: { compile(catalog: Catalog): Buffer };
}
