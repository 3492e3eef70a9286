import type { Endpoints } from '../../lib/settings/core/endpoints';
import type { SettingKey } from '../../lib/settings/core/settings';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import type { Draft } from './settings-form';

/** What each section of the form needs: the saved view, the draft and how to change it. */
export interface SectionProps {
  view: SettingsView;
  draft: Draft;
  locked: readonly SettingKey[];
  /** Keys refused at the last submit. */
  errors: readonly SettingKey[];
  setValue: (key: SettingKey, value: string | string[]) => void;
}

export interface ConnectionSectionProps extends SectionProps {
  /** Preset endpoints of the environment chosen in the draft. */
  preset: Endpoints;
  dirty: boolean;
}
