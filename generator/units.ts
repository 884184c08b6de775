import { KPI_BY_KEY, type Unit } from "../core/index.ts";

/** The unit a KPI is shown in; a key the registry does not know is a count. */
export const unitOf = (kpi: string): Unit => KPI_BY_KEY.get(kpi)?.unit ?? "count";
