/** The postcode → communes table built from Etalab's data (scripts/build/postcode-communes-plugin.ts). */
declare module 'virtual:postcode-communes' {
  const table: string;
  export default table;
}
