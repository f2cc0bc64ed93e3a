/** The data licences every published map must credit (see the README's licences section). */
export const ATTRIBUTION =
  '© OpenStreetMap contributors (ODbL) · Natural Earth · GeoNames (CC BY 4.0) · Noto Sans (OFL)';
