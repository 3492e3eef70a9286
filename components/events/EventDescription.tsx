import { useEffect, useMemo, useState } from 'react';
import type * as SanitiseModuleNs from '../../lib/events/description';
import { useI18n } from '../shared/i18n';

type SanitiseModule = typeof SanitiseModuleNs;

/**
 * The organiser's description, sanitised (DOMPurify, loaded on first use). Remote images
 * stay hidden until the agent chooses to show them.
 */
export function EventDescription({ html }: { html: string }) {
  const { t } = useI18n();
  const [sanitiser, setSanitiser] = useState<SanitiseModule | null>(null);
  const [showImages, setShowImages] = useState(false);
  useEffect(() => {
    let active = true;
    void import('../../lib/events/description').then((module) => {
      if (active) setSanitiser(module);
    });
    return () => {
      active = false;
    };
  }, []);
  const clean = useMemo(
    () => sanitiser?.sanitiseDescription(html, { showImages }) ?? null,
    [sanitiser, html, showImages],
  );
  if (!clean) return <p className="events-muted">{t.common.loading}</p>;
  return (
    <>
      {clean.remoteImages > 0 && !showImages ? (
        <div className="banner">
          <p>{t.eventsPanel.imagesHeld(clean.remoteImages)}</p>
          <button type="button" className="button button--secondary" onClick={() => setShowImages(true)}>
            {t.eventsPanel.showImages}
          </button>
        </div>
      ) : null}
      {/* Sanitised just above with a strict allow-list (lib/events/description.ts). */}
      <div className="event-detail__description" dangerouslySetInnerHTML={{ __html: clean.html }} />
    </>
  );
}
