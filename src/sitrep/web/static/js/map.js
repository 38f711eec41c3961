// The Leaflet map: an offline base layer of country outlines (or tiles), and one clustered
// circle per incident, sized by its deaths and coloured by its event type.

import { EVENT_TYPES, fatalityText, placeText, typeColor, el } from "./style.js";

const L = window.L;

/** Circle radius in pixels: area grows with deaths, so big incidents stand out without hiding small ones. */
export function radiusFor(deaths) {
  return 5 + 2.2 * Math.sqrt(Math.max(0, deaths || 0));
}

async function addBaseLayer(map, tilesUrl) {
  if (tilesUrl) {
    L.tileLayer(tilesUrl, { maxZoom: 18, attribution: "Map tiles" }).addTo(map);
    return;
  }
  const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
  if (!response.ok) throw new Error("country outlines missing: run web/build.sh");
  const topo = await response.json();
  const countries = window.topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: "#9fb3c8", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1 },
  }).addTo(map);
  map.attributionControl.addAttribution("Natural Earth");
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const deaths = markers.reduce((sum, m) => sum + (m.options.deaths || 0), 0);
  const size = Math.round(26 + Math.min(34, 3 * Math.sqrt(deaths + markers.length)));
  return L.divIcon({
    html: `<div class="cluster" style="width:${size}px;height:${size}px">${markers.length}</div>`,
    className: "cluster-icon",
    iconSize: L.point(size, size),
  });
}

function popupContent(incident) {
  const box = el("div");
  box.append(el("div", "popup-title", incident.sub_event_type || incident.event_type));
  box.append(el("div", null, placeText(incident.location)));
  box.append(el("div", null, `${incident.date || "undated"} · deaths ${fatalityText(incident)}`));
  return box;
}

function addLegend(map) {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", "legend");
    for (const type of EVENT_TYPES) {
      const row = el("div");
      const dot = el("span", "dot");
      dot.style.background = typeColor(type);
      row.append(dot, type);
      box.append(row);
    }
    return box;
  };
  legend.addTo(map);
}

export function createMap(element, { tilesUrl, onSelect }) {
  const map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([15, 20], 3);
  const ready = addBaseLayer(map, tilesUrl);
  addLegend(map);
  const clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);
  const byId = new Map();

  function setIncidents(incidents) {
    clusters.clearLayers();
    byId.clear();
    const markers = [];
    for (const inc of incidents) {
      const loc = inc.location;
      if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") continue;
      const deaths = inc.fatalities_best || 0;
      const marker = L.circleMarker([loc.lat, loc.lon], {
        radius: radiusFor(deaths),
        color: "#ffffff",
        weight: 1.5,
        fillColor: typeColor(inc.event_type),
        fillOpacity: 0.85,
        deaths,
        incidentId: inc.id,
      });
      marker.bindTooltip(popupContent(inc), { direction: "top" });
      marker.on("click", () => onSelect(inc.id));
      byId.set(inc.id, marker);
      markers.push(marker);
    }
    clusters.addLayers(markers);
    if (markers.length) {
      map.fitBounds(clusters.getBounds().pad(0.25), { maxZoom: 6 });
    }
    return markers.length;
  }

  let selected = null;

  function select(id) {
    selected = id;
    for (const [key, marker] of byId) {
      marker.setStyle({ color: key === id ? "#111" : "#ffffff", weight: key === id ? 3 : 1.5 });
    }
    const marker = byId.get(id);
    if (!marker) return;
    if (clusters.getVisibleParent(marker) === marker) marker.bringToFront();
    else clusters.zoomToShowLayer(marker, () => marker.bringToFront());
  }

  /** Emphasise one marker while its table row is hovered (null: none). */
  function hover(id) {
    for (const [key, marker] of byId) {
      if (key === id) marker.setStyle({ fillOpacity: 1, weight: 3, color: "#1f2933" });
      else marker.setStyle({ fillOpacity: 0.85, weight: key === selected ? 3 : 1.5, color: key === selected ? "#111" : "#ffffff" });
    }
  }

  return { map, ready, setIncidents, select, hover };
}
