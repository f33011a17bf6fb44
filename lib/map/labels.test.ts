import { describe, expect, it } from "vitest";
import { bboxOf, labelPoint, labelWidth, placeLabels, roundGeometry, toBoundaryFeature } from "./labels";

const square: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [18, 59],
      [18.2, 59],
      [18.2, 59.1],
      [18, 59.1],
      [18, 59],
    ],
  ],
};

// A "C": its centroid lies in the bay, outside the land.
const crescent: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
      [0, 0],
    ],
  ],
};

describe("labels", () => {
  it("puts a label at the centroid of a convex area, as [lat, lng]", () => {
    const [lat, lng] = labelPoint(square);
    expect(lat).toBeCloseTo(59.05);
    expect(lng).toBeCloseTo(18.1);
  });

  it("moves the label inside when the centroid falls outside (a crescent)", () => {
    const [lat, lng] = labelPoint(crescent);
    expect(lat).toBeCloseTo(1.5);
    expect(lng).toBeCloseTo(0.5);
  });

  it("labels a multipolygon in its largest part", () => {
    const islet = [
      [
        [20, 60],
        [20.01, 60],
        [20.01, 60.01],
        [20, 60],
      ],
    ];
    const [lat, lng] = labelPoint({ type: "MultiPolygon", coordinates: [islet, square.coordinates] });
    expect(lng).toBeCloseTo(18.1);
    expect(lat).toBeCloseTo(59.05);
  });

  it("rounds to five decimals and gives the bounding box", () => {
    const fine: GeoJSON.Polygon = { type: "Polygon", coordinates: [[[18.1234567, 59.7654321], ...square.coordinates[0]!]] };
    expect(roundGeometry(fine).coordinates[0]![0]).toEqual([18.12346, 59.76543]);
    expect(bboxOf(square)).toEqual([18, 59, 18.2, 59.1]);
    expect(toBoundaryFeature("0180", "Stockholm", square)).toMatchObject({ id: "0180", name: "Stockholm", bbox: [18, 59, 18.2, 59.1] });
  });

  it("places the labels that fit their area and do not overlap one placed before", () => {
    const box = (id: string, x: number, areaWidth: number) => ({ id, x, y: 100, width: labelWidth("Solna"), height: 16, areaWidth });
    const placed = placeLabels([box("stockholm", 100, 400), box("solna", 110, 200), box("lidingo", 300, 20), box("nacka", 200, 300)]);
    expect([...placed]).toEqual(["stockholm", "nacka"]);
  });
});
