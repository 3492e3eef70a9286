import type { EmploymentEvent } from '../lib/events/core/event';
import { normaliseMeeEvent } from '../lib/events/core/normalise-mee';
import { generateEvents } from '../simulator/data/events';

/**
 * N events as the extension stores them: the simulator's deterministic MEE payloads (real
 * communes, types, sectors, HTML descriptions) mapped by the extension's own normaliser.
 */
export function syntheticEvents(count: number, referenceDate: Date = new Date()): EmploymentEvent[] {
  const now = referenceDate.getTime();
  return generateEvents({ seed: 'bench', referenceDate, count })
    .map((event) => normaliseMeeEvent(event.wire, now))
    .filter((event): event is EmploymentEvent => event !== null);
}
