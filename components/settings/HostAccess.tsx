import { useEffect, useState } from 'react';
import type { HostPermissions } from '../../lib/settings/host-access';
import { useI18n } from '../shared/i18n';

interface HostAccessProps {
  /** Custom host patterns the saved settings use. */
  origins: string[];
  permissions: HostPermissions;
}

/**
 * Lists the custom hosts the extension may not reach yet (for instance set by policy,
 * where no one was asked) with a button each: the browser asks only from a click.
 */
export function HostAccess({ origins, permissions }: HostAccessProps) {
  const { t } = useI18n();
  const [missing, setMissing] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const key = origins.join(' ');

  useEffect(() => {
    let active = true;
    const list = key ? key.split(' ') : [];
    void Promise.all(list.map(async (origin) => ((await permissions.contains(origin)) ? null : origin))).then(
      (result) => {
        if (active) setMissing(result.filter((origin): origin is string => origin !== null));
      },
    );
    return () => {
      active = false;
    };
  }, [key, permissions]);

  const grant = (origin: string) => {
    // Called straight from the click: the browser only asks within a user gesture.
    void permissions.request([origin]).then((granted) => {
      setMessage(granted ? t.settings.hostAccess.granted(origin) : t.settings.hostAccess.denied(origin));
      if (granted) setMissing((list) => list.filter((item) => item !== origin));
    });
  };

  return (
    <>
      {missing.length > 0 ? (
        <section className="banner banner--warning" aria-labelledby="host-access-title">
          <h3 id="host-access-title">{t.settings.hostAccess.title}</h3>
          <p>{t.settings.hostAccess.intro}</p>
          <ul>
            {missing.map((origin) => (
              <li key={origin}>
                <button type="button" className="button button--secondary" onClick={() => grant(origin)}>
                  {t.settings.hostAccess.grant(origin)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p role="status" className="field__hint">
        {message}
      </p>
    </>
  );
}
