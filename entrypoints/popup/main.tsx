import { rememberCurrentWindow } from '../../lib/platform/browser/side-panel';
import { popupCatalogs } from '../../lib/i18n/popup-catalog';
import { PopupApp } from '../../components/popup/PopupApp';
import { mountApp } from '../../components/shared/mount';

// Learnt before the first click: opening the side panel must not await (user gesture).
rememberCurrentWindow();
mountApp(PopupApp, popupCatalogs);
