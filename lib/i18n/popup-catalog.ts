import common from './messages/common';
import errors from './messages/errors';
import events from './messages/events';
import type { SurfaceCatalogs } from './registry';

/** The popup's strings: the shell, events and error messages only. */
export const popupCatalogs = {
  fr: { common: common.fr, errors: errors.fr, events: events.fr },
  en: { common: common.en, errors: errors.en, events: events.en },
} satisfies SurfaceCatalogs;
