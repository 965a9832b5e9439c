// One colour per firm, the same in every chart, table and legend.

const PALETTE = [
  '#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d',
  '#9333ea', '#ea580c', '#0d9488', '#4f46e5', '#be123c', '#15803d', '#a16207', '#0369a1',
];

export function firmColor(firmId) {
  if (firmId < PALETTE.length) return PALETTE[firmId];
  const hue = Math.round((firmId * 137.508) % 360);
  return `hsl(${hue} 65% 42%)`;
}
