import { useEffect, useState } from 'react';
import type { SettingWarning } from '../../lib/settings/core/settings';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import { SettingsWarnings } from '../settings/SettingsWarnings';

/**
 * The organisation's invalid policy values, shown where the agent works and not only in
 * the options page: an ignored setting changes what the panel does.
 */
export function SettingsWarningsBanner() {
  const [warnings, setWarnings] = useState<SettingWarning[]>([]);
  useEffect(() => {
    let active = true;
    sendMessage('getSettingsView', undefined)
      .then((reply) => {
        if (active && reply.ok) setWarnings(reply.value.warnings.filter((w) => w.source === 'policy'));
      })
      // No banner when the background cannot answer: each view reports its own failures.
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);
  return <SettingsWarnings warnings={warnings} />;
}
