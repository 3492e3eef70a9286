import { popupCatalogs } from '../../lib/i18n/popup-catalog';
import { PopupApp } from '../../components/popup/PopupApp';
import { mountApp } from '../../components/shared/mount';

mountApp(PopupApp, popupCatalogs);
