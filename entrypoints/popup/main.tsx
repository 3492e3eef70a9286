import { PopupApp } from '../../components/popup/PopupApp';
import { mountApp } from '../../components/shared/mount';

mountApp(PopupApp);
