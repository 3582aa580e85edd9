import { useEffect, useState } from 'react';
import { portalApi, type PublicCourt } from '../portal-api.js';

let cached: Promise<PublicCourt[]> | null = null;

/** The city's courts, asked once per page load (they change with a reform, not with a visit). */
export function useCourts(): { courts: PublicCourt[] | null; failed: boolean } {
  const [courts, setCourts] = useState<PublicCourt[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    cached ??= portalApi.courts('zh').then((r) => r.courts);
    cached.then(
      (c) => {
        if (live) setCourts(c);
      },
      () => {
        cached = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { courts, failed };
}
