/** How the report's spectrum is named on the page. */
import type { Orientation } from '../../schemas';

export const ORIENTATION_LABELS: Record<Orientation, string> = {
  'kazakh-national': 'Kazakh national',
  'russian-speaking': 'Russian-speaking',
  'civic-environmental': 'Civic and environmental',
};
