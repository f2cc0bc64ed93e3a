// A newsroom's article bundling the element from the npm package; the map's data comes
// from the map host (VITE_MAP_HOST), another origin.
import 'frontline-map/element';
import type { IsoDate } from 'frontline-map/element';

const map = document.createElement('frontline-map'); // typed: FrontlineMapElement
map.setAttribute('src', import.meta.env.VITE_MAP_HOST);
map.setAttribute('region', 'kursk');
map.setAttribute('date', '2024-08-20');
map.addEventListener('ready', () => {
  document.body.dataset.ready = String(map.map !== null);
});
map.addEventListener('datechange', (event) => {
  const date: IsoDate = event.detail;
  document.body.dataset.date = date;
});
document.getElementById('map')!.append(map);
